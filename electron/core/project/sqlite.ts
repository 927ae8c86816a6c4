import Database from 'better-sqlite3';
import { StudioError } from '../../shared/errors';

export type Db = Database.Database;

/** Opens a SQLite connection, using the Electron-ABI build of the addon when one is given. */
export function connect(
  path: string,
  options: { nativeBinding?: string; create?: boolean; readonly?: boolean },
): Db {
  return new Database(path, {
    fileMustExist: !options.create,
    readonly: options.readonly === true,
    timeout: 0,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
}

/** Turns SQLite's failures into errors the user can act on. */
export function toStudioError(error: unknown, path: string): StudioError {
  if (error instanceof StudioError) return error;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'SQLITE_FULL':
      return new StudioError('DISK_FULL', 'The disk is full; the last change was not saved.', {
        path,
      });
    case 'SQLITE_READONLY':
    case 'SQLITE_READONLY_DIRECTORY':
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_PERM':
      return new StudioError('READ_ONLY', `Cannot write to ${path}.`, { path });
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new StudioError(
        'PROJECT_IN_USE',
        `${path} is open in another Course Studio window or program.`,
        { path },
      );
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return new StudioError('PROJECT_CORRUPT', `${path} is damaged and cannot be read.`, { path });
    default:
      return new StudioError('INTERNAL', message, { path });
  }
}

/** Runs `work` in one transaction, mapping SQLite failures to StudioErrors. */
export function inTransaction<T>(db: Db, path: string, work: () => T): T {
  try {
    return db.transaction(work).immediate();
  } catch (error) {
    throw toStudioError(error, path);
  }
}
