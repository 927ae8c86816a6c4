/**
 * The few raw file-system failures that can still reach the CLI's last line unmapped (they
 * arrive as INTERNAL with Node's message, often naming a temporary file the user never
 * chose), turned into one line about what the user can change. The core's own errno mapping
 * is the general fix; this keeps the terminal readable meanwhile.
 */
import { basename, dirname } from 'node:path';
import { StudioError } from '../shared/errors';

const NODE_ERRNO = /^(ENAMETOOLONG|EACCES|EPERM|EROFS)\b[^']*'([^']*)'/;

/** `error` as the StudioError the CLI prints. */
export function cliError(error: unknown): StudioError {
  const studioError = StudioError.from(error);
  if (studioError.code !== 'INTERNAL') return studioError;
  const match = NODE_ERRNO.exec(studioError.message);
  if (!match) return studioError;
  const [, errno, path = ''] = match;
  if (errno === 'ENAMETOOLONG') {
    return new StudioError(
      'INVALID_ARGUMENT',
      `A file name is too long for this file system (${basename(path).slice(0, 40)}…).`,
      { path },
    );
  }
  return new StudioError(
    'READ_ONLY',
    `Course Studio may not write in ${dirname(path)} (permission denied).`,
    { path },
  );
}
