import Database from 'better-sqlite3';
import { toStudioError } from '../../shared/errors';

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

/** Runs `work` in one transaction, mapping SQLite failures to StudioErrors. */
export function inTransaction<T>(db: Db, path: string, work: () => T): T {
  try {
    return db.transaction(work).immediate();
  } catch (error) {
    throw toStudioError(error, { path });
  }
}
