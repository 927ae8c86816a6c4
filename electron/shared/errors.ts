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
  // Publishing: what a platform answered, as something the teacher can act on. Details give
  // the `host` and, where the platform said why, its own words in `platformMessage`.
  'PUBLISH_AUTH_FAILED',
  'PUBLISH_FORBIDDEN',
  'PUBLISH_NOT_FOUND',
  'PUBLISH_TOO_LARGE',
  'PUBLISH_NETWORK',
  'PUBLISH_REJECTED',
  'PUBLISH_IMPORT_FAILED',
  /** A publish needs the profile's secret and none is stored (or it cannot be decrypted). */
  'PUBLISH_NO_SECRET',
  /** The readiness check found something that blocks; details list the items. */
  'PUBLISH_NOT_READY',
  /** These very bytes were already sent to this profile; send again with `force`. */
  'PUBLISH_UNCHANGED',
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
