/**
 * Progress as a short string for an LMS's suspend data. SCORM 1.2 allows 4,096 characters, so
 * lessons and questions are written by position (the course revision guards against a changed
 * course), visited lessons as a bit set, and each question as one state character plus its
 * answer. When even that is too long, answers are dropped first: the score and completion
 * survive, only the learner's earlier choices are not shown again.
 */
import type { QuizAnswer } from '../content/quiz';
import { quizKey, type PlayerLesson } from './course-data';
import { emptyProgress, type Progress, type QuizProgress } from './progress';

/** SCORM 1.2's cmi.suspend_data limit (CMIString4096). */
export const SCORM12_SUSPEND_LIMIT = 4096;

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const version = 'p1';

interface Slot {
  lessonId: string;
  quiz: PlayerLesson['quizzes'][number];
}

function slots(lessons: PlayerLesson[]): Slot[] {
  return lessons.flatMap((lesson) => lesson.quizzes.map((quiz) => ({ lessonId: lesson.id, quiz })));
}

/** Encodes progress within `limit` characters, dropping remembered answers if it must. */
export function encodeProgress(
  progress: Progress,
  lessons: PlayerLesson[],
  revision: string,
  limit = SCORM12_SUSPEND_LIMIT,
): string {
  let encoded = '';
  for (const detail of ['full', 'short', 'none'] as const) {
    encoded = encodeAt(progress, lessons, revision, detail);
    if (encoded.length <= limit) return encoded;
  }
  return encoded.slice(0, limit);
}

function encodeAt(
  progress: Progress,
  lessons: PlayerLesson[],
  revision: string,
  detail: 'full' | 'short' | 'none',
): string {
  const location = lessons.findIndex((lesson) => lesson.id === progress.location);
  const visited = encodeBits(lessons.map((lesson) => progress.visited.has(lesson.id)));
  const records = slots(lessons).map(({ lessonId, quiz }) => {
    const state = progress.quizzes.get(quizKey(lessonId, quiz.id));
    if (!state) return '';
    const flags =
      (Math.min(state.attempts, 15) << 2) | (state.correct ? 2 : 0) | (state.final ? 1 : 0);
    return alphabet[flags] + (detail === 'none' ? '' : encodeAnswer(quiz, state.answer, detail));
  });
  // Trailing unanswered questions cost nothing.
  while (records.length > 0 && records.at(-1) === '') records.pop();
  return [
    version,
    revision,
    location < 0 ? '' : location.toString(36),
    visited,
    records.join('.'),
  ].join('~');
}

function encodeAnswer(
  quiz: Slot['quiz'],
  answer: QuizAnswer | null,
  detail: 'full' | 'short',
): string {
  if (!answer) return '';
  if ('text' in answer) {
    const text = detail === 'short' ? answer.text.slice(0, 24) : answer.text;
    return text.replace(/[%.~]/g, (char) => `%${char.charCodeAt(0).toString(16)}`);
  }
  let mask = 0;
  quiz.choices.forEach((choice, index) => {
    if (answer.choices.includes(choice.id)) mask |= 1 << index;
  });
  return mask.toString(36);
}

/** Decodes what `encodeProgress` wrote for this course revision; anything else is no progress. */
export function decodeProgress(
  value: string | null | undefined,
  lessons: PlayerLesson[],
  revision: string,
): Progress | null {
  if (!value) return null;
  const [tag, savedRevision, location, visited, records] = value.split('~');
  if (tag !== version || savedRevision !== revision || visited === undefined) return null;
  const progress = emptyProgress();
  const locationIndex = location ? parseInt(location, 36) : -1;
  progress.location = lessons[locationIndex]?.id ?? null;
  decodeBits(visited, lessons.length).forEach((seen, index) => {
    const lesson = lessons[index];
    if (seen && lesson) progress.visited.add(lesson.id);
  });
  const all = slots(lessons);
  (records ? records.split('.') : []).forEach((record, index) => {
    const slot = all[index];
    const flags = record ? alphabet.indexOf(record[0] ?? '') : -1;
    if (!slot || flags < 0) return;
    const state: QuizProgress = {
      attempts: flags >> 2,
      correct: (flags & 2) !== 0,
      final: (flags & 1) !== 0,
      answer: decodeAnswer(slot.quiz, record.slice(1)),
    };
    progress.quizzes.set(quizKey(slot.lessonId, slot.quiz.id), state);
  });
  return progress;
}

function decodeAnswer(quiz: Slot['quiz'], text: string): QuizAnswer | null {
  if (text === '') return null;
  if (quiz.kind === 'fill') {
    return {
      text: text.replace(/%([0-9a-f]{2})/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      ),
    };
  }
  const mask = parseInt(text, 36);
  if (!Number.isFinite(mask)) return null;
  return {
    choices: quiz.choices.filter((_, index) => (mask & (1 << index)) !== 0).map((c) => c.id),
  };
}

function encodeBits(bits: boolean[]): string {
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let value = 0;
    for (let bit = 0; bit < 6; bit += 1) if (bits[i + bit]) value |= 1 << bit;
    out += alphabet[value];
  }
  return out;
}

function decodeBits(text: string, count: number): boolean[] {
  const bits: boolean[] = [];
  for (let i = 0; i < count; i += 1) {
    const value = alphabet.indexOf(text[Math.floor(i / 6)] ?? 'A');
    bits.push(value > 0 && (value & (1 << (i % 6))) !== 0);
  }
  return bits;
}
