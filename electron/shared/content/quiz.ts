/**
 * Quiz questions: reading untrusted quiz data into one normalised shape, and grading an answer.
 * The player, the preview and every exporter (QTI, CAPA) use these, so a question is scored
 * the same way wherever it runs.
 */
import { isSafeAssetId, quizKinds, type QuizChoice, type QuizKind } from './nodes';
import { asNode, stringField, type NodeRecord } from './read';

/** A question with every field present and within bounds. */
export interface Quiz {
  id: string;
  kind: QuizKind;
  prompt: string;
  choices: Required<QuizChoice>[];
  answers: string[];
  explanation: string;
  points: number;
  /** 0 = unlimited. */
  maxAttempts: number;
  /** The player shows the choices in a new order (single and multiple choice only). */
  shuffle?: true;
}

export type QuizAnswer = { choices: string[] } | { text: string };

export interface QuizGrade {
  correct: boolean;
  /** Points earned: all or nothing. */
  score: number;
  /** The author's feedback for what the learner chose, in choice order. */
  feedback: string[];
}

const maxChoices = 20;
const maxAnswers = 20;
const maxTextLength = 5_000;
export const maxQuizPoints = 1_000;

const clip = (value: string) => value.slice(0, maxTextLength);

/** Normalises quiz data from a node (or a video question), or null when it cannot be asked. */
export function readQuiz(value: unknown): Quiz | null {
  const node = asNode({ type: 'quiz', ...(isRecord(value) ? value : {}) });
  if (!node || !isSafeAssetId(node.id)) return null;
  const kind = quizKinds.find((candidate) => candidate === node.kind);
  if (!kind) return null;
  const points = typeof node.points === 'number' && Number.isFinite(node.points) ? node.points : 1;
  const attempts = typeof node.maxAttempts === 'number' ? Math.floor(node.maxAttempts) : 0;
  const quiz: Quiz = {
    id: node.id,
    kind,
    prompt: clip(stringField(node, 'prompt') ?? ''),
    choices: [],
    answers: [],
    explanation: clip(stringField(node, 'explanation') ?? ''),
    points: Math.min(maxQuizPoints, Math.max(0, Math.round(points * 100) / 100)),
    maxAttempts: attempts > 0 && attempts <= 100 ? attempts : 0,
  };
  if (kind === 'fill') {
    quiz.answers = readAnswers(node);
    return quiz.answers.length > 0 ? quiz : null;
  }
  quiz.choices = readChoices(node);
  if (kind === 'truefalse') quiz.choices = quiz.choices.slice(0, 2);
  // On unless the author turned it off; true / false keeps its fixed order.
  else if (node.shuffle !== false && quiz.choices.length > 1) quiz.shuffle = true;
  return quiz.choices.length >= (kind === 'truefalse' ? 2 : 1) ? quiz : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readChoices(node: NodeRecord): Required<QuizChoice>[] {
  if (!Array.isArray(node.choices)) return [];
  const seen = new Set<string>();
  const choices: Required<QuizChoice>[] = [];
  for (const raw of node.choices) {
    if (!isRecord(raw) || !isSafeAssetId(raw.id) || seen.has(raw.id)) continue;
    seen.add(raw.id);
    choices.push({
      id: raw.id,
      text: clip(typeof raw.text === 'string' ? raw.text : ''),
      correct: raw.correct === true,
      feedback: clip(typeof raw.feedback === 'string' ? raw.feedback : ''),
    });
    if (choices.length === maxChoices) break;
  }
  return choices;
}

function readAnswers(node: NodeRecord): string[] {
  if (!Array.isArray(node.answers)) return [];
  const answers: string[] = [];
  for (const raw of node.answers) {
    if (typeof raw !== 'string' || normalizeFillAnswer(raw) === '') continue;
    answers.push(clip(raw));
    if (answers.length === maxAnswers) break;
  }
  return answers;
}

/**
 * The form of a typed answer that is compared: width-folded (NFKC, so full-width Latin typed
 * with a Chinese IME matches), lower-cased, with every space removed.
 */
export function normalizeFillAnswer(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** Grades one answer: all points when fully right, none otherwise. */
export function gradeQuiz(quiz: Quiz, answer: QuizAnswer): QuizGrade {
  if (quiz.kind === 'fill') {
    const typed = 'text' in answer ? normalizeFillAnswer(answer.text) : '';
    const correct = typed !== '' && quiz.answers.some((a) => normalizeFillAnswer(a) === typed);
    return { correct, score: correct ? quiz.points : 0, feedback: [] };
  }
  const chosen = new Set('choices' in answer ? answer.choices : []);
  if (quiz.kind !== 'multiple' && chosen.size > 1) {
    return { correct: false, score: 0, feedback: [] };
  }
  const correct =
    chosen.size > 0 && quiz.choices.every((choice) => choice.correct === chosen.has(choice.id));
  const feedback = quiz.choices
    .filter((choice) => chosen.has(choice.id) && choice.feedback !== '')
    .map((choice) => choice.feedback);
  return { correct, score: correct ? quiz.points : 0, feedback };
}

/** The ids of the correct choices, in order. */
export function correctChoiceIds(quiz: Quiz): string[] {
  return quiz.choices.filter((choice) => choice.correct).map((choice) => choice.id);
}
