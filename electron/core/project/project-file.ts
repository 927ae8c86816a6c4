/**
 * The .course file: recognising one, creating one and opening one for exclusive use.
 * Nothing here writes to a file before it is known to be a course of a version we can read.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { StudioError, toStudioError } from '../../shared/errors';
import { migrate, SCHEMA_VERSION } from './migrations/index';
import { connect, type Db } from './sqlite';

/** 'CRSE' as a big-endian integer, stored in the SQLite header's application_id field. */
export const APPLICATION_ID = 0x43525345;

const SQLITE_MAGIC = 'SQLite format 3\u0000';

export interface ProjectHeader {
  applicationId: number;
  schemaVersion: number;
}

/** Reads the SQLite header fields without letting SQLite touch the file. */
export function readProjectHeader(path: string): ProjectHeader {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new StudioError('FILE_NOT_FOUND', `${path} does not exist.`, { path });
  }
  if (!stats.isFile()) throw new StudioError('NOT_SQLITE', `${path} is not a file.`, { path });
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read === 0)
    throw new StudioError('NOT_A_COURSE', `${path} is empty, not a Course Studio project.`, {
      path,
    });
  if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new StudioError('NOT_SQLITE', `${path} is not a Course Studio project file.`, { path });
  }
  return { schemaVersion: header.readUInt32BE(60), applicationId: header.readUInt32BE(68) };
}

function checkHeader(path: string, header: ProjectHeader): void {
  if (header.applicationId !== APPLICATION_ID) {
    throw new StudioError(
      'NOT_A_COURSE',
      `${path} is a database, but not a Course Studio project.`,
      { path },
    );
  }
  if (header.schemaVersion > SCHEMA_VERSION) {
    throw new StudioError(
      'NEWER_SCHEMA',
      `${path} was saved by a newer Course Studio (format ${header.schemaVersion}; this version reads up to ${SCHEMA_VERSION}). Update Course Studio to open it.`,
      { path, fileVersion: header.schemaVersion, supportedVersion: SCHEMA_VERSION },
    );
  }
}

/** Connection settings every open project uses. */
function configure(db: Db): void {
  // Exclusive locking is taken before the first read: a second process gets SQLITE_BUSY
  // instead of silently sharing the file, and the OS drops the lock if we crash.
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
}

/** Opens an existing project for exclusive use, migrating it to the current schema. */
export function openProjectFile(path: string, nativeBinding?: string): Db {
  checkHeader(path, readProjectHeader(path));
  let db: Db | undefined;
  try {
    db = connect(path, { nativeBinding });
    configure(db);
    // The WAL may hold newer header values than the main file: check again through SQLite.
    checkHeader(path, {
      applicationId: db.pragma('application_id', { simple: true }) as number,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
    });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok')
      throw new StudioError('PROJECT_CORRUPT', `${path} is damaged: ${String(check)}`, { path });
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    throw toStudioError(error, { path });
  }
}

/**
 * Creates a new, empty project. It is built under a temporary name and renamed into place,
 * so a crash never leaves a half-made course where the user asked for one.
 */
export function createProjectFile(
  path: string,
  seed: (db: Db) => void,
  options: { force?: boolean; nativeBinding?: string } = {},
): void {
  const exists = existsSync(path);
  if (exists && !options.force) {
    throw new StudioError('FILE_EXISTS', `${path} already exists.`, { path });
  }
  // --force replaces a course only when no studio holds it: one that does would keep
  // answering "ok" to edits that land in a deleted file.
  const held = exists ? holdIfCourse(path, options.nativeBinding) : null;
  const temporary = `${path}.creating-${process.pid}`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const db = connect(temporary, { create: true, nativeBinding: options.nativeBinding });
    try {
      // Must precede the first write: lets deleted media give its pages back.
      db.pragma('auto_vacuum = INCREMENTAL');
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma('foreign_keys = ON');
      migrate(db);
      db.transaction(() => seed(db))();
      db.pragma('journal_mode = WAL');
    } finally {
      db.close();
    }
    for (const suffix of ['-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    renameSync(temporary, path);
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal'])
      rmSync(`${temporary}${suffix}`, { force: true });
    throw toStudioError(error, { path });
  } finally {
    held?.close();
  }
}

/**
 * Takes the same exclusive lock an open course holds, so a course in use anywhere is refused
 * with PROJECT_IN_USE and its -wal / -shm stay as they are. Anything that is not a course is
 * not locked by a studio and gives null.
 */
function holdIfCourse(path: string, nativeBinding?: string): Db | null {
  try {
    if (readProjectHeader(path).applicationId !== APPLICATION_ID) return null;
  } catch {
    return null;
  }
  let db: Db | undefined;
  try {
    db = connect(path, { nativeBinding });
    db.pragma('locking_mode = EXCLUSIVE');
    // A write transaction needs the lock a running studio holds; it is never committed.
    db.exec('BEGIN EXCLUSIVE');
    return db;
  } catch (error) {
    db?.close();
    const studioError = toStudioError(error, { path });
    if (studioError.code === 'PROJECT_IN_USE') throw studioError;
    return null;
  }
}
