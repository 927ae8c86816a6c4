/**
 * What an export may replace. A package is written where the user points, and the user can
 * point anywhere: at the course itself, at another course, at a thesis, at /dev/null or at a
 * folder of their own. An export replaces only what an earlier export of this studio wrote
 * (recognised by the marker every package carries, or the manifest a site folder keeps),
 * and refuses everything else with a coded error. The check runs when an export starts and
 * again just before its output is moved into place, as the path may change in between.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
} from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { StudioError } from '../../shared/errors';
import type { ExportFormat, ExportOptions } from '../../shared/model';
import { APPLICATION_ID } from '../project/project-file';

/** The comment of every ZIP and the gzip header comment of every .tar.gz this studio writes. */
export const EXPORT_MARKER = 'Course Studio export';

/** The file a site folder keeps listing every file the export wrote (see site-manifest.ts). */
export const SITE_MANIFEST = '.course-studio-export.json';

export type OutputKind = 'file' | 'folder';

export interface OutputGuard {
  /** The open course: never written onto, whatever its name. */
  openCourse?: string;
  /** The user confirmed replacing a regular file that is not an earlier export. */
  replaceExisting?: boolean;
}

/** What is at the target now, once it is known that the export may replace it. */
export type TargetState =
  | { kind: 'absent' }
  | { kind: 'file' }
  | { kind: 'empty-folder' }
  /** An earlier site export: `files` is what it wrote, or null for one without a manifest. */
  | { kind: 'site-folder'; files: string[] | null };

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');
const COURSE_NAME = /\.course(-wal|-shm|-journal)?$/i;

/** Whether an export of `format` writes a folder or a single file at `outPath`. */
export function outputKindOf(
  format: ExportFormat,
  options: ExportOptions,
  outPath: string,
): OutputKind {
  if (format !== 'site') return 'file';
  return (options.zip ?? outPath.toLowerCase().endsWith('.zip')) ? 'file' : 'folder';
}

/** Checks that an export of `kind` may be written at `target`; throws a StudioError if not. */
export function checkExportTarget(
  target: string,
  kind: OutputKind,
  guard: OutputGuard = {},
): TargetState {
  const path = resolve(target);
  if (COURSE_NAME.test(basename(path))) {
    throw new StudioError(
      'EXPORT_ONTO_COURSE',
      `${path} is a course file name; export next to it instead.`,
      { path },
    );
  }
  let stats;
  try {
    stats = lstatSync(path);
  } catch {
    if (guard.openCourse && isOpenCourseFile(path, guard.openCourse)) {
      throw new StudioError('EXPORT_ONTO_COURSE', `${path} belongs to the open course.`, { path });
    }
    return { kind: 'absent' };
  }
  if (guard.openCourse && sameFile(path, guard.openCourse)) {
    throw new StudioError('EXPORT_ONTO_COURSE', `${path} is the course that is open now.`, {
      path,
    });
  }
  if (stats.isSymbolicLink() || !(stats.isFile() || stats.isDirectory())) {
    // Renaming over a link or a device replaces it; writing through one reaches elsewhere.
    throw new StudioError(
      'EXPORT_TARGET_NOT_REGULAR',
      `${path} is not a regular file or folder (a link, device, pipe or socket).`,
      { path },
    );
  }
  if (stats.isDirectory()) {
    if (kind === 'file') {
      throw new StudioError('EXPORT_TARGET_EXISTS', `${path} is a folder.`, {
        path,
        replaceable: false,
      });
    }
    return folderState(path);
  }
  const start = readStart(path, 100);
  // No database is ever replaced, even when asked: it may be a course a tool rewrote.
  const database = start.subarray(0, 16).equals(SQLITE_MAGIC);
  if (database && start.length >= 72 && start.readUInt32BE(68) === APPLICATION_ID) {
    throw new StudioError('EXPORT_ONTO_COURSE', `${path} is a Course Studio course.`, { path });
  }
  if (kind === 'file' && isEarlierExport(path, start)) return { kind: 'file' };
  if (kind === 'file' && guard.replaceExisting && !database) return { kind: 'file' };
  throw new StudioError(
    'EXPORT_TARGET_EXISTS',
    `${path} already exists and is not an earlier export of Course Studio; choose another path, or remove it first.`,
    { path, replaceable: kind === 'file' && !database },
  );
}

function folderState(path: string): TargetState {
  const names = readdirSync(path);
  if (names.length === 0) return { kind: 'empty-folder' };
  if (names.includes(SITE_MANIFEST)) {
    return { kind: 'site-folder', files: readSiteManifest(join(path, SITE_MANIFEST)) };
  }
  // Site exports made before the manifest existed: recognised by their start page and player.
  if (names.includes('index.html') && names.includes('player')) {
    return { kind: 'site-folder', files: null };
  }
  throw new StudioError('FOLDER_NOT_EMPTY', `${path} already holds other files.`, { path });
}

/** A ZIP whose comment, or a gzip file whose header comment, is the studio's marker. */
function isEarlierExport(path: string, start: Buffer): boolean {
  const marker = Buffer.from(EXPORT_MARKER, 'latin1');
  if (start[0] === 0x1f && start[1] === 0x8b && start[3] === 0x10) {
    return start
      .subarray(10, 10 + marker.length + 1)
      .equals(Buffer.concat([marker, Buffer.from([0])]));
  }
  if (start.length < 4) return false;
  const signature = start.readUInt32LE(0);
  if (signature !== 0x04034b50 && signature !== 0x06054b50) return false;
  const tail = readEnd(path, 22 + marker.length);
  return (
    tail.length === 22 + marker.length &&
    tail.readUInt32LE(0) === 0x06054b50 &&
    tail.readUInt16LE(20) === marker.length &&
    tail.subarray(22).equals(marker)
  );
}

function isOpenCourseFile(path: string, openCourse: string): boolean {
  const course = resolve(openCourse);
  return [course, `${course}-wal`, `${course}-shm`, `${course}-journal`].includes(path);
}

/** The same file by identity, so a hard link or another spelling of the path is caught too. */
function sameFile(path: string, openCourse: string): boolean {
  if (isOpenCourseFile(path, openCourse)) return true;
  try {
    const a = lstatSync(path);
    const b = lstatSync(resolve(openCourse));
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

function readStart(path: string, length: number): Buffer {
  return readAt(path, length, () => 0);
}

function readEnd(path: string, length: number): Buffer {
  return readAt(path, length, (size) => size - length);
}

function readAt(path: string, length: number, at: (size: number) => number): Buffer {
  // O_NONBLOCK: a FIFO swapped in after the lstat must not hang the export.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return Buffer.alloc(0);
    const position = at(stats.size);
    if (position < 0) return Buffer.alloc(0);
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, position);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * The files an earlier site export wrote. The manifest sits in a folder anyone can edit, so a
 * path that could leave the folder ("..", absolute, backslashes) makes it unreadable rather
 * than a list of things to delete.
 */
function readSiteManifest(path: string): string[] {
  const unreadable = () =>
    new StudioError('FOLDER_NOT_EMPTY', `${path} does not list an earlier export's files.`, {
      path,
    });
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw unreadable();
  }
  const files = (parsed as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) throw unreadable();
  for (const file of files) {
    if (typeof file !== 'string' || !isPackagePath(file)) throw unreadable();
  }
  return files as string[];
}

/** A relative path of plain segments, as package trees hold them. */
export function isPackagePath(path: string): boolean {
  if (path === '' || path.includes('\\') || path.includes('\0')) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
