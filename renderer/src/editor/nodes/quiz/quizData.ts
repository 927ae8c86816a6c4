/**
 * Quiz data as the editor keeps it: the shared `QuizData` shape, read leniently from JSON (a
 * question the author is still writing may be incomplete, and must survive a save and reload
 * as it is), new questions, and kind changes.
 */
import {
  quizKinds,
  type QuizChoice,
  type QuizData,
  type QuizKind,
} from '../../../../../electron/shared/content';

/** A short random id for questions and choices (the shared readers accept [A-Za-z0-9_-]). */
export function newItemId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

function newChoice(correct = false): QuizChoice {
  return { id: newItemId(), text: '', correct };
}

/** The true / false pair: empty texts read as "True" / "False" in the course's language. */
function trueFalseChoices(): QuizChoice[] {
  return [
    { id: 'true', text: '', correct: true },
    { id: 'false', text: '', correct: false },
  ];
}

export function newQuiz(kind: QuizKind = 'single'): QuizData {
  const quiz: QuizData = { id: newItemId(), kind, prompt: '', points: 1 };
  return withKind(quiz, kind);
}

/** The question as another kind, keeping what still applies. */
export function withKind(quiz: QuizData, kind: QuizKind): QuizData {
  const next: QuizData = { ...quiz, kind };
  if (kind === 'fill') {
    delete next.choices;
    next.answers = quiz.answers && quiz.answers.length > 0 ? quiz.answers : [''];
    return next;
  }
  delete next.answers;
  if (kind === 'truefalse') next.choices = trueFalseChoices();
  else if (quiz.kind === 'truefalse' || !quiz.choices || quiz.choices.length === 0)
    next.choices = [newChoice(), newChoice()];
  return next;
}

export function addChoice(quiz: QuizData): QuizData {
  return { ...quiz, choices: [...(quiz.choices ?? []), newChoice()] };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function finite(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** Reads quiz fields from a node's JSON (or a video question), keeping unfinished questions. */
export function readQuizData(value: unknown): QuizData {
  const json = record(value);
  const kind = quizKinds.find((candidate) => candidate === json.kind) ?? 'single';
  const quiz: QuizData = {
    id: typeof json.id === 'string' && json.id !== '' ? json.id : newItemId(),
    kind,
    prompt: text(json.prompt),
    points: finite(json.points, 1),
  };
  if (Array.isArray(json.choices)) {
    quiz.choices = json.choices.map((raw) => {
      const choice = record(raw);
      const read: QuizChoice = {
        id: typeof choice.id === 'string' && choice.id !== '' ? choice.id : newItemId(),
        text: text(choice.text),
        correct: choice.correct === true,
      };
      if (text(choice.feedback)) read.feedback = text(choice.feedback);
      return read;
    });
  }
  if (Array.isArray(json.answers)) quiz.answers = json.answers.map(text);
  if (text(json.explanation)) quiz.explanation = text(json.explanation);
  const attempts = finite(json.maxAttempts, 0);
  if (attempts > 0) quiz.maxAttempts = Math.floor(attempts);
  if (json.shuffle === false) quiz.shuffle = false;
  return withKindFields(quiz);
}

/** Drops the field the kind does not use (choices for fill-in, answers otherwise). */
function withKindFields(quiz: QuizData): QuizData {
  const next = { ...quiz };
  if (next.kind === 'fill') delete next.choices;
  else delete next.answers;
  return next;
}

/** The exact serialized form: optional fields only when they say something. */
export function exportQuizData(quiz: QuizData): QuizData {
  const out: QuizData = { id: quiz.id, kind: quiz.kind, prompt: quiz.prompt, points: quiz.points };
  if (quiz.kind === 'fill') out.answers = [...(quiz.answers ?? [])];
  else
    out.choices = (quiz.choices ?? []).map((choice) => {
      const exported: QuizChoice = { id: choice.id, text: choice.text, correct: choice.correct };
      if (choice.feedback) exported.feedback = choice.feedback;
      return exported;
    });
  if (quiz.explanation) out.explanation = quiz.explanation;
  if (quiz.maxAttempts && quiz.maxAttempts > 0) out.maxAttempts = quiz.maxAttempts;
  // Shuffling is the default for single / multiple choice: only turning it off is stored.
  if (canShuffle(quiz.kind) && quiz.shuffle === false) out.shuffle = false;
  return out;
}

/** Whether a kind's choices may be shown in a new order (true / false keeps its order). */
export function canShuffle(kind: QuizKind): boolean {
  return kind === 'single' || kind === 'multiple';
}
