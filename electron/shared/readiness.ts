/**
 * The readiness report: what stands between a course and a platform. `block` items stop a
 * publish; `warn` items are shown and may be accepted. Each item names the lesson and the
 * top-level block it is about, so the studio can jump there.
 */

export const readinessBlocks = [
  /** A single, multiple or true/false question with no correct choice, or a fill-in with none. */
  'QUIZ_NO_CORRECT_ANSWER',
  /** A video or audio whose import is still queued or running. */
  'MEDIA_NOT_READY',
  /** A video or audio whose import failed. */
  'MEDIA_FAILED',
  /** An image or video block whose asset is not in the course. */
  'ASSET_MISSING',
  /** The package would be larger than the target platform accepts. */
  'PACKAGE_TOO_LARGE',
  /** No lesson at all: every platform would get an empty course. */
  'COURSE_NO_LESSONS',
] as const;

export const readinessWarnings = [
  'LESSON_EMPTY',
  'IMAGE_NO_ALT',
  'VIDEO_NO_CAPTIONS',
  /** An `http:` link in a course bound for an `https:` platform (browsers block or warn). */
  'INSECURE_LINK',
  'COURSE_NO_DESCRIPTION',
  'COURSE_NO_LICENSE',
] as const;

export type ReadinessCode = (typeof readinessBlocks)[number] | (typeof readinessWarnings)[number];

export interface ReadinessItem {
  code: ReadinessCode;
  severity: 'block' | 'warn';
  /** The lesson the item is about; null for the course as a whole. */
  lessonId: string | null;
  lessonTitle: string | null;
  /** Index of the top-level block in the lesson (the jump target), when there is one. */
  blockIndex: number | null;
  /** Placeholders for the item's message: a question's prompt, an asset's name, a URL, sizes. */
  details: Record<string, string | number>;
}

export interface ReadinessReport {
  /** True when nothing blocks. */
  ok: boolean;
  blocks: number;
  warnings: number;
  items: ReadinessItem[];
}

/** What the check knows of where the course is going. */
export interface ReadinessTarget {
  /** The platform's upload limit in bytes, when it has a known one. */
  sizeLimitBytes?: number;
  /** The platform is served over https: plain http links will be blocked or flagged. */
  https?: boolean;
}

export function severityOf(code: ReadinessCode): 'block' | 'warn' {
  return (readinessBlocks as readonly string[]).includes(code) ? 'block' : 'warn';
}
