/**
 * A learner's answer as a SCORM interaction (cmi.interactions.n), for SCORM 1.2 and 2004 4th
 * edition: the identifier, the interaction type, the response and correct-response formats each
 * version defines, and their length limits. Pure, so the trackers only decide when to write and
 * at which index, and the tests check what is written.
 *
 * Choices are reported by position (a, b, c ...), not by the author's choice ids: SCORM 1.2
 * allows only single characters there, Moodle's 2004 model refuses the '-' our ids may hold, and
 * "b" reads better in an LMS report than a random token. cmi5's answered statements describe
 * the same answer as an xAPI cmi.interaction, in SCORM 2004's formats (`xapiInteraction`).
 */
import type { Quiz, QuizAnswer } from '../content/quiz';

/** One answer the learner submitted, as the player hands it to the tracker. */
export interface AnsweredQuestion {
  lessonId: string;
  quiz: Quiz;
  answer: QuizAnswer;
  correct: boolean;
  /** When the answer was submitted. */
  at: Date;
}

export type InteractionType = 'choice' | 'true-false' | 'fill-in';

/** The elements of one SCORM 1.2 cmi.interactions.n, by their data-model names. */
export interface Scorm12Interaction {
  id: string;
  type: InteractionType;
  /** CMITime: the time of day, HH:MM:SS. */
  time: string;
  /** Null when the points are outside the range 1.2 runtimes accept. */
  weighting: string | null;
  student_response: string;
  result: 'correct' | 'wrong';
  correct_responses: string[];
}

/** The elements of one SCORM 2004 cmi.interactions.n, by their data-model names. */
export interface Scorm2004Interaction {
  id: string;
  type: InteractionType;
  timestamp: string;
  weighting: string;
  learner_response: string;
  result: 'correct' | 'incorrect';
  description: string;
  correct_responses: string[];
}

/** SCORM 1.2 student_response and patterns (CMIFeedback, a CMIString255): 255 characters. */
const scorm12TextLimit = 255;
/** SCORM 2004 localized strings (fill-in responses, description): 250 characters each. */
const scorm2004TextLimit = 250;
/** SCORM 2004's smallest permitted maximum for cmi.interactions: more may be refused. */
export const SCORM2004_MAX_INTERACTIONS = 250;
/** SCORM 2004's correct_responses limit for fill-in (choice and true-false need one). */
const maxFillPatterns = 5;
/** SCORM 1.2 runtimes (scorm-again among them) accept weightings from -100 to 100. */
const scorm12MaxWeighting = 100;
/** Id parts are short tokens already; the cap only keeps a foreign id within 255. */
const maxIdPart = 100;

const positionLetters = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The SCORM 1.2 interaction for an answer (journaled: one per submitted answer). */
export function scorm12Interaction(answered: AnsweredQuestion): Scorm12Interaction {
  const { quiz, answer } = answered;
  return {
    id: scorm12InteractionId(answered.lessonId, quiz.id),
    type: interactionType(quiz),
    time: scorm12Time(answered.at),
    weighting: quiz.points >= 0 && quiz.points <= scorm12MaxWeighting ? String(quiz.points) : null,
    student_response: scorm12Response(quiz, answer),
    result: answered.correct ? 'correct' : 'wrong',
    correct_responses: scorm12CorrectResponses(quiz),
  };
}

/** The SCORM 2004 interaction for an answer. */
export function scorm2004Interaction(answered: AnsweredQuestion): Scorm2004Interaction {
  const { quiz, answer } = answered;
  return {
    id: scorm2004InteractionId(answered.lessonId, quiz.id),
    type: interactionType(quiz),
    timestamp: scorm2004Timestamp(answered.at),
    weighting: String(quiz.points),
    learner_response: scorm2004Response(quiz, answer),
    result: answered.correct ? 'correct' : 'incorrect',
    description: localizedText(quiz.prompt),
    correct_responses: scorm2004CorrectResponses(quiz),
  };
}

/**
 * The same answer as an xAPI cmi.interaction (cmi5 "allowed" statements): xAPI takes its
 * interaction types and response patterns from SCORM 2004, and lists the choices by the
 * same position letters, with their text.
 */
export interface XapiInteraction {
  /** Appended to the AU's activity id. */
  idSuffix: string;
  definition: {
    type: 'http://adlnet.gov/expapi/activities/cmi.interaction';
    name: { und: string };
    interactionType: InteractionType;
    correctResponsesPattern: string[];
    choices?: { id: string; description: { und: string } }[];
  };
  result: { success: boolean; response: string };
}

export function xapiInteraction(answered: AnsweredQuestion): XapiInteraction {
  const { quiz } = answered;
  const scorm = scorm2004Interaction(answered);
  return {
    idSuffix: `/question/${idPart(answered.lessonId)}/${idPart(quiz.id)}`,
    definition: {
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      name: { und: scorm.description },
      interactionType: scorm.type,
      correctResponsesPattern: scorm.correct_responses,
      ...(quiz.kind === 'single' || quiz.kind === 'multiple'
        ? {
            choices: quiz.choices.map((choice, index) => ({
              id: positionLetters[index] ?? String(index),
              description: { und: localizedText(choice.text) },
            })),
          }
        : {}),
    },
    result: { success: answered.correct, response: scorm.learner_response },
  };
}

/** A CMIIdentifier: printable ASCII without spaces, at most 255 characters. */
export function scorm12InteractionId(lessonId: string, quizId: string): string {
  return `${idPart(lessonId)}.${idPart(quizId)}`;
}

/** A URN (long_identifier_type), unique within the attempt. */
export function scorm2004InteractionId(lessonId: string, quizId: string): string {
  return `urn:course-studio:${idPart(lessonId)}:${idPart(quizId)}`;
}

function idPart(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, maxIdPart) || '_';
}

function interactionType(quiz: Quiz): InteractionType {
  if (quiz.kind === 'fill') return 'fill-in';
  return quiz.kind === 'truefalse' ? 'true-false' : 'choice';
}

/** The letters of the chosen choices, in the question's order. */
function chosenLetters(quiz: Quiz, chosen: readonly string[]): string[] {
  return quiz.choices.flatMap((choice, index) =>
    chosen.includes(choice.id) ? [positionLetters[index] ?? ''] : [],
  );
}

function correctLetters(quiz: Quiz): string[] {
  return chosenLetters(
    quiz,
    quiz.choices.filter((choice) => choice.correct).map((choice) => choice.id),
  );
}

/** True / false questions list "true" first: choosing the first choice answers true. */
function answersTrue(quiz: Quiz, answer: QuizAnswer): boolean {
  const first = quiz.choices[0]?.id;
  return 'choices' in answer && first !== undefined && answer.choices.includes(first);
}

function scorm12Response(quiz: Quiz, answer: QuizAnswer): string {
  if (quiz.kind === 'fill') return plainText('text' in answer ? answer.text : '', scorm12TextLimit);
  if (quiz.kind === 'truefalse') return answersTrue(quiz, answer) ? 't' : 'f';
  return chosenLetters(quiz, 'choices' in answer ? answer.choices : []).join(',');
}

function scorm12CorrectResponses(quiz: Quiz): string[] {
  if (quiz.kind === 'fill') return fillPatterns(quiz, (text) => plainText(text, scorm12TextLimit));
  if (quiz.kind === 'truefalse') return [quiz.choices[0]?.correct ? 't' : 'f'];
  const letters = correctLetters(quiz);
  return letters.length > 0 ? [letters.join(',')] : [];
}

function scorm2004Response(quiz: Quiz, answer: QuizAnswer): string {
  if (quiz.kind === 'fill') return fillText('text' in answer ? answer.text : '');
  if (quiz.kind === 'truefalse') return answersTrue(quiz, answer) ? 'true' : 'false';
  return chosenLetters(quiz, 'choices' in answer ? answer.choices : []).join('[,]');
}

function scorm2004CorrectResponses(quiz: Quiz): string[] {
  if (quiz.kind === 'fill') return fillPatterns(quiz, fillText);
  if (quiz.kind === 'truefalse') return [quiz.choices[0]?.correct ? 'true' : 'false'];
  const letters = correctLetters(quiz);
  return letters.length > 0 ? [letters.join('[,]')] : [];
}

/** Each accepted answer is its own pattern: distinct, non-empty, at most five. */
function fillPatterns(quiz: Quiz, format: (text: string) => string): string[] {
  const patterns = [...new Set(quiz.answers.map(format))].filter((pattern) => pattern !== '');
  return patterns.slice(0, maxFillPatterns);
}

/** Text on one line (runtimes match it with `.`, which stops at a line break), clipped. */
export function plainText(text: string, limit: number): string {
  return clipText(oneLine(text), limit);
}

/**
 * A SCORM 2004 localized string: a leading '{' would be read as a {lang=...} tag (runtimes
 * refuse it), so it is dropped; 250 characters at most.
 */
function localizedText(text: string): string {
  return clipText(oneLine(text).replace(/^[{\s]+/u, ''), scorm2004TextLimit);
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** A typed answer as one fill-in string: "[,]" would split it in two, so it becomes ",". */
function fillText(text: string): string {
  let joined = text;
  // "[[,]]" becomes "[,]" again: repeat until none is left.
  while (joined.includes('[,]')) joined = joined.split('[,]').join(',');
  return localizedText(joined);
}

/** At most `limit` UTF-16 units, never ending in half a surrogate pair. */
export function clipText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const clipped = text.slice(0, limit);
  return /[\uD800-\uDBFF]$/.test(clipped) ? clipped.slice(0, -1) : clipped;
}

/** CMITime for SCORM 1.2: the learner's local time of day. */
export function scorm12Time(at: Date): string {
  return [at.getHours(), at.getMinutes(), at.getSeconds()]
    .map((part) => String(part).padStart(2, '0'))
    .join(':');
}

/**
 * A SCORM 2004 time(second) value: UTC with two-digit fractional seconds, since the time zone may
 * only follow a fraction and runtimes such as Moodle's accept at most two digits of it.
 */
export function scorm2004Timestamp(at: Date): string {
  return `${at.toISOString().slice(0, 22)}Z`;
}

/** `cmi.interactions._count` as a number; anything unreadable counts as none. */
export function readInteractionCount(value: string): number {
  const count = Number(value);
  return Number.isInteger(count) && count > 0 ? count : 0;
}
