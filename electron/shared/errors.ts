/**
 * The one error shape that crosses every boundary (IPC, HTTP, CLI). The UI translates `code`;
 * `message` is an English fallback for logs and the CLI. Stacks never leave the process.
 */
export const errorCodes = [
  'INVALID_ARGUMENT',
  'UNKNOWN_METHOD',
  'NO_PROJECT_OPEN',
  'FILE_NOT_FOUND',
  'FILE_EXISTS',
  'FOLDER_NOT_EMPTY',
  'NOT_SQLITE',
  'NOT_A_COURSE',
  'NEWER_SCHEMA',
  'PROJECT_IN_USE',
  'PROJECT_CORRUPT',
  'DISK_FULL',
  /** Known before the work starts: details give `neededGb`, `freeGb` and the `folder`. */
  'NOT_ENOUGH_SPACE',
  'READ_ONLY',
  'NOT_FOUND',
  'REVISION_CONFLICT',
  'UNSUPPORTED_IMAGE',
  'FILE_TOO_LARGE',
  // Media import (issue 3): what ffprobe / ffmpeg found wrong with a file, and captions.
  'FFMPEG_NOT_FOUND',
  'MEDIA_EMPTY',
  'MEDIA_NOT_MEDIA',
  'MEDIA_CORRUPT',
  'MEDIA_TRUNCATED',
  'MEDIA_NO_STREAMS',
  'MEDIA_NOT_VIDEO',
  'MEDIA_TRANSCODE_FAILED',
  'CAPTIONS_MALFORMED',
  'CAPTIONS_ENCODING',
  /** Any long task the user stopped: a job, an upload, an export. */
  'JOB_CANCELLED',
  /** A second `export.run` while the open course is still exporting. */
  'EXPORT_RUNNING',
  // Review and history (issue 12).
  /** The open course is a review copy: content is read-only, comments can be added. */
  'REVIEW_READ_ONLY',
  /** A review file that cannot be read: truncated, not JSON or not a course, invalid fields. */
  'REVIEW_FILE_INVALID',
  /** A review file over the size or comment limit; refused unread. */
  'REVIEW_FILE_TOO_LARGE',
  /** A review file (or copy) of another course. */
  'REVIEW_WRONG_COURSE',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface StudioErrorData {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export class StudioError extends Error {
  override readonly name = 'StudioError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  toJSON(): StudioErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static from(data: unknown): StudioError {
    if (data instanceof StudioError) return data;
    if (isStudioErrorData(data)) return new StudioError(data.code, data.message, data.details);
    const message = data instanceof Error ? data.message : String(data);
    return new StudioError('INTERNAL', message);
  }
}

export function isStudioErrorData(value: unknown): value is StudioErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as Record<string, unknown>;
  return (
    typeof code === 'string' &&
    (errorCodes as readonly string[]).includes(code) &&
    typeof message === 'string'
  );
}
