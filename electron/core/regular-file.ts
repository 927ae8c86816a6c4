/**
 * Reading a file the user named (captions, media heads, course headers) without ever blocking
 * on it. A FIFO, a character device or a socket can stall a read forever, and through the
 * web host that would freeze every tab. The file is opened non-blocking and checked on the
 * open descriptor, so a path swapped after a stat cannot slip through.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { StudioError } from '../shared/errors';

/** Opens `path` for reading if it is a regular file; throws FILE_NOT_FOUND or NOT_A_FILE. */
export function openRegularFile(path: string): { fd: number; size: number } {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait for one.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new StudioError('FILE_NOT_FOUND', `${path} does not exist.`, { path });
    if (code === 'EISDIR') throw notAFile(path);
    throw error;
  }
  const stats = fstatSync(fd);
  if (!stats.isFile()) {
    closeSync(fd);
    throw notAFile(path);
  }
  return { fd, size: stats.size };
}

/** The whole of a regular file, refused (FILE_TOO_LARGE) past `maxBytes`. */
export function readRegularFile(
  path: string,
  maxBytes: number,
  what = 'this kind of file',
): Buffer {
  const { fd, size } = openRegularFile(path);
  try {
    if (size > maxBytes) {
      throw new StudioError('FILE_TOO_LARGE', `${basename(path)} is too large for ${what}.`, {
        path,
        limit: maxBytes,
      });
    }
    return readFrom(fd, 0, size);
  } finally {
    closeSync(fd);
  }
}

/** Up to `length` bytes from the start of a regular file. */
export function readRegularFileHead(path: string, length: number): Buffer {
  const { fd } = openRegularFile(path);
  try {
    return readFrom(fd, 0, length);
  } finally {
    closeSync(fd);
  }
}

function readFrom(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const read = readSync(fd, buffer, filled, length - filled, position + filled);
    if (read === 0) break;
    filled += read;
  }
  return buffer.subarray(0, filled);
}

function notAFile(path: string): StudioError {
  return new StudioError(
    'NOT_A_FILE',
    `${path} is not a regular file (a folder, pipe or device cannot be read).`,
    { path },
  );
}
