/**
 * The .course file: recognising one, creating one and opening one for exclusive use.
 * Nothing here writes to a file before it is known to be a course of a version we can read.
 */
import {
  accessSync,
  closeSync,
  constants,
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

/**
 * Whether the course may be written: the user's own "read-only" (no write bit, chmod 444) is
 * honoured even where the OS would let this user write anyway (root).
 */
export function isWritableCourse(path: string): boolean {
  if ((statSync(path).mode & 0o222) === 0) return false;
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens an existing project for exclusive use, migrating it to the current schema; a course
 * that cannot be written is opened read-only instead (then `db.readonly` is true).
 */
export function openProjectFile(path: string, nativeBinding?: string): Db {
  checkHeader(path, readProjectHeader(path));
  if (!isWritableCourse(path)) return openReadOnly(path, nativeBinding);
  let db: Db | undefined;
  try {
    db = connect(path, { nativeBinding });
    configure(db);
    // The WAL may hold newer header values than the main file: check again through SQLite.
    checkHeader(path, {
      applicationId: db.pragma('application_id', { simple: true }) as number,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
    });
    quickCheck(db, path);
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    throw toStudioError(error, { path });
  }
}

/**
 * A course without write permission, opened for reading. No exclusive lock (it needs a
 * write to the file) and no migration: an older course must be made writable to upgrade.
 */
function openReadOnly(path: string, nativeBinding?: string): Db {
  let db: Db | undefined;
  try {
    db = connect(path, { nativeBinding, readonly: true });
    db.pragma('foreign_keys = ON');
    checkHeader(path, {
      applicationId: db.pragma('application_id', { simple: true }) as number,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
    });
    quickCheck(db, path);
    if ((db.pragma('user_version', { simple: true }) as number) < SCHEMA_VERSION) {
      throw new StudioError(
        'READ_ONLY',
        `${path} is read-only and was made by an older Course Studio; make it writable so it can be upgraded.`,
        { path },
      );
    }
    return db;
  } catch (error) {
    db?.close();
    const failure = toStudioError(error, { path });
    // WAL needs a -shm file beside the course; in a folder nobody may write, there is none.
    if (failure.code === 'READ_ONLY' || failure.code === 'INTERNAL') {
      throw new StudioError(
        'READ_ONLY',
        `${path} is read-only and so is its folder; copy it to a folder you can write to.`,
        { path },
      );
    }
    throw failure;
  }
}

/** SQLite's report of a damaged file is many lines; the user gets one, the rest go in details. */
function quickCheck(db: Db, path: string): void {
  const check = db.pragma('quick_check', { simple: true });
  if (check === 'ok') return;
  throw new StudioError('PROJECT_CORRUPT', `${path} is damaged and cannot be opened.`, {
    path,
    problems: String(check).split('\n').slice(0, 10),
  });
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
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      try {
        rmSync(`${temporary}${suffix}`, { force: true });
      } catch {
        // Nothing to remove where nothing could be made (a name too long, a folder we may not use).
      }
    }
    throw aboutChosenPath(toStudioError(error, { path }), temporary, path);
  } finally {
    held?.close();
  }
}

/** The user chose `path`; an error about our temporary sibling of it is told about `path`. */
function aboutChosenPath(error: StudioError, temporary: string, path: string): StudioError {
  const details = error.details as { path?: unknown } | undefined;
  if (details?.path !== temporary) return error;
  return new StudioError(error.code, error.message.replaceAll(temporary, path), {
    ...details,
    path,
  } as never);
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
