/** Video blocks: reading untrusted video node data (chapters, in-video questions) defensively. */
import { isSafeAssetId, type VideoChapter } from './nodes';
import { readQuiz, type Quiz } from './quiz';
import { asNode, stringField } from './read';

export interface VideoBlock {
  assetId: string;
  title: string;
  /** Sorted by time; empty when the node has none (the asset's own chapters then apply). */
  chapters: VideoChapter[];
  /** Sorted by time; at most one question per quiz id. */
  questions: { time: number; quiz: Quiz }[];
}

const maxEntries = 200;
/** Ten hours: anything later is not a time inside a lecture video. */
const maxTime = 36_000;

function readTime(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= maxTime
    ? Math.round(value * 1000) / 1000
    : null;
}

/** Normalises a video node, or null when it names no usable asset. */
export function readVideo(value: unknown): VideoBlock | null {
  const node = asNode(value);
  if (!node || !isSafeAssetId(node.assetId)) return null;
  return {
    assetId: node.assetId,
    title: (stringField(node, 'title') ?? '').slice(0, 300),
    chapters: readChapters(node.chapters),
    questions: readQuestions(node.questions),
  };
}

/** Chapters from a node or an asset's metadata: valid times and titles, sorted. */
export function readChapters(value: unknown): VideoChapter[] {
  if (!Array.isArray(value)) return [];
  const chapters: VideoChapter[] = [];
  for (const raw of value.slice(0, maxEntries)) {
    const entry = asNode({ type: 'chapter', ...(isRecord(raw) ? raw : {}) });
    const time = entry ? readTime(entry.time) : null;
    const title = entry ? stringField(entry, 'title') : null;
    if (time !== null && title) chapters.push({ time, title: title.slice(0, 300) });
  }
  return chapters.sort((a, b) => a.time - b.time);
}

function readQuestions(value: unknown): VideoBlock['questions'] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const questions: VideoBlock['questions'] = [];
  for (const raw of value.slice(0, maxEntries)) {
    if (!isRecord(raw)) continue;
    const time = readTime(raw.time);
    const quiz = readQuiz(raw.quiz);
    if (time === null || !quiz || seen.has(quiz.id)) continue;
    seen.add(quiz.id);
    questions.push({ time, quiz });
  }
  return questions.sort((a, b) => a.time - b.time);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `m:ss` or `h:mm:ss`, for chapter lists. */
export function formatClockTime(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
