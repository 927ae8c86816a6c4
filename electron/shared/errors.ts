/**
 * The one error shape that crosses every boundary (IPC, HTTP, CLI). The UI translates `code`;
 * `message` is an English fallback for logs and the CLI. Stacks never leave the process.
 */
import type { ReadinessItem } from './readiness';

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
  /** The operating system refused access to a file or folder (EACCES / EPERM). */
  'NO_PERMISSION',
  /** A file name or path is longer than the file system allows (ENAMETOOLONG). */
  'NAME_TOO_LONG',
  'NOT_FOUND',
  'REVISION_CONFLICT',
  'UNSUPPORTED_IMAGE',
  'FILE_TOO_LARGE',
  // Media import: what ffprobe / ffmpeg found wrong with a file, and captions.
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
  /** The output path's ending names another kind of file than the format writes. */
  'EXPORT_WRONG_EXTENSION',
  // Nothing of the user's is destroyed. `path` in details names the file.
  /** The export's target is a course file (the open one, or any other). */
  'EXPORT_ONTO_COURSE',
  /** Something that is not an earlier export is there; `replaceable` says whether to ask. */
  'EXPORT_TARGET_EXISTS',
  /** The target is a link, device, pipe or socket. */
  'EXPORT_TARGET_NOT_REGULAR',
  /** A stored media file's bytes no longer match their hash; details name the `assets`. */
  'MEDIA_DAMAGED',
  // Reading outside input: a path that is a folder, FIFO, device or socket.
  'NOT_A_FILE',
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
  // Review and history.
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
  // Outline undo and the file browser.
  /** The deletion to undo is no longer kept (too old, or undone already). */
  'UNDO_EXPIRED',
  /** Undoing a lesson whose section was deleted since. */
  'UNDO_PARENT_GONE',
  /** The file browser only shows the home folder and the open course's folder. */
  'PATH_OUTSIDE_ROOTS',
  'NOT_A_FOLDER',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** The file or folder the failure is about, as the user named it or the OS reported it. */
// A type, not an interface, so details pass as message parameters (an index-signature type).
type PathDetails = { path: string };

/**
 * The details of the codes whose messages name them. The renderer's messages may only use
 * placeholders listed here (renderer/src/i18n/messages.ts checks it at compile time), so a
 * `{neededGb}` can never reach the user unfilled.
 */
/** What a platform answered: its host, the HTTP status, and its own words. */
interface PlatformAnswer {
  host: string;
  status?: number;
  platformMessage: string;
}

export interface KnownErrorDetails {
  /** Gigabytes with one decimal, as shown (`"1.5"`). */
  NOT_ENOUGH_SPACE: { neededGb: string; freeGb: string; folder: string };
  DISK_FULL: PathDetails;
  READ_ONLY: PathDetails;
  NO_PERMISSION: PathDetails;
  NAME_TOO_LONG: PathDetails;
  EXPORT_WRONG_EXTENSION: PathDetails & { format: string; expected: string };
  /** The section a deleted lesson was in; an undo cannot put the lesson back. */
  UNDO_PARENT_GONE: { title: string };
  EXPORT_ONTO_COURSE: PathDetails;
  /** `replaceable`: a regular file the user may choose to replace (the UI asks). */
  EXPORT_TARGET_EXISTS: PathDetails & { replaceable: boolean };
  EXPORT_TARGET_NOT_REGULAR: PathDetails;
  /** Input that is a folder, FIFO, device or socket. */
  NOT_A_FILE: PathDetails;
  PUBLISH_AUTH_FAILED: PlatformAnswer;
  PUBLISH_FORBIDDEN: PlatformAnswer;
  PUBLISH_NOT_FOUND: PlatformAnswer;
  PUBLISH_TOO_LARGE: PlatformAnswer;
  PUBLISH_REJECTED: PlatformAnswer;
  PUBLISH_IMPORT_FAILED: PlatformAnswer & { state?: string };
  PUBLISH_NETWORK: { host: string; reason: string };
  PUBLISH_NO_SECRET: { profile: string };
  PUBLISH_NOT_READY: { blocks: number; items: ReadinessItem[] };
  PUBLISH_UNCHANGED: { profile: string; publishedAt: string };
  /** `assets`: the damaged assets' names, comma-separated, as shown. */
  MEDIA_DAMAGED: { assets: string; damaged: { assetId: string; name: string; files: string[] }[] };
}

/** Details by code: typed where a message uses them, free-form (for logs) elsewhere. */
export type ErrorDetails = {
  [C in ErrorCode]: C extends keyof KnownErrorDetails
    ? KnownErrorDetails[C]
    : Record<string, unknown>;
};

export interface StudioErrorData {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export class StudioError<C extends ErrorCode = ErrorCode> extends Error {
  override readonly name = 'StudioError';

  constructor(
    readonly code: C,
    message: string,
    readonly details?: ErrorDetails[C],
  ) {
    super(message);
  }

  toJSON(): StudioErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: { ...this.details } };
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

export interface ErrorContext {
  /** The path the user knows the work by; it wins over a temporary path the OS reported. */
  path?: string;
}

/**
 * Turns anything thrown into a StudioError, mapping Node's errno codes and SQLite's result
 * codes to what the user can act on (a full disk, a read-only or forbidden path), with the
 * path in the details. Pure: it reads only `code` and `path`, so every process may use it.
 */
export function toStudioError(error: unknown, context: ErrorContext = {}): StudioError {
  if (error instanceof StudioError) return error;
  if (isStudioErrorData(error)) return StudioError.from(error);
  const { code, path: reported } = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    path?: unknown;
  };
  const message = error instanceof Error ? error.message : String(error);
  const path = context.path ?? (typeof reported === 'string' ? reported : '');
  const shown = path || 'the file';
  if (typeof code !== 'string') {
    return path ? new StudioError('INTERNAL', message, { path }) : StudioError.from(error);
  }
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'SQLITE_FULL':
      return new StudioError('DISK_FULL', `The disk is full; ${shown} could not be written.`, {
        path,
      });
    case 'EACCES':
    case 'EPERM':
      return new StudioError('NO_PERMISSION', `No permission to use ${shown}.`, { path });
    case 'EROFS':
      return new StudioError('READ_ONLY', `${shown} is on a read-only disk.`, { path });
    case 'ENAMETOOLONG':
      return new StudioError('NAME_TOO_LONG', `The name ${shown} is too long.`, { path });
    case 'ENOENT':
    case 'ENOTDIR':
      return new StudioError('FILE_NOT_FOUND', `${shown} does not exist.`, { path });
    case 'EEXIST':
      return new StudioError('FILE_EXISTS', `${shown} already exists.`, { path });
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') {
    return new StudioError('READ_ONLY', `Cannot write to ${shown}.`, { path });
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StudioError(
      'PROJECT_IN_USE',
      `${shown} is open in another Course Studio window or program.`,
      { path },
    );
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new StudioError('PROJECT_CORRUPT', `${shown} is damaged and cannot be read.`, { path });
  }
  return new StudioError('INTERNAL', message, path ? { path, code } : { code });
}
