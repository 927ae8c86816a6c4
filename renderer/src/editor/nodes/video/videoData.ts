/**
 * A video block's own data as the editor keeps it: the shared `video` node fields, read
 * leniently from JSON and exported in their exact serialized form.
 */
import type { VideoChapter, VideoQuestion } from '../../../../../electron/shared/content';
import { exportQuizData, readQuizData } from '../quiz/quizData';

export interface VideoBlockData {
  assetId: string;
  title: string;
  /** The block's own chapters; undefined means the asset's chapters apply. */
  chapters: VideoChapter[] | undefined;
  questions: VideoQuestion[];
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function time(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

export function readVideoBlockData(json: Record<string, unknown>): VideoBlockData {
  const chapters = Array.isArray(json.chapters)
    ? json.chapters.flatMap((raw) => {
        const chapter = record(raw);
        const at = time(chapter?.time);
        return chapter && at !== null && typeof chapter.title === 'string'
          ? [{ time: at, title: chapter.title }]
          : [];
      })
    : undefined;
  const questions = Array.isArray(json.questions)
    ? json.questions.flatMap((raw) => {
        const question = record(raw);
        const at = time(question?.time);
        return question && at !== null && record(question.quiz)
          ? [{ time: at, quiz: readQuizData(question.quiz) }]
          : [];
      })
    : [];
  return {
    assetId: typeof json.assetId === 'string' ? json.assetId : '',
    title: typeof json.title === 'string' ? json.title : '',
    chapters,
    questions,
  };
}

/** `{ assetId, title?, chapters?, questions? }`: optional fields only when they say something. */
export function exportVideoBlockData(data: VideoBlockData): {
  assetId: string;
  title?: string;
  chapters?: VideoChapter[];
  questions?: VideoQuestion[];
} {
  const out: ReturnType<typeof exportVideoBlockData> = { assetId: data.assetId };
  if (data.title) out.title = data.title;
  if (data.chapters)
    out.chapters = data.chapters.map(({ time: at, title }) => ({ time: at, title }));
  if (data.questions.length > 0)
    out.questions = data.questions.map((question) => ({
      time: question.time,
      quiz: exportQuizData(question.quiz),
    }));
  return out;
}
