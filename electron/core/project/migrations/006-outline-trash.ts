import type { Database } from 'better-sqlite3';

/**
 * Version 6: deleted sections and lessons wait in `outline_trash` for a while, so the studio
 * can offer Undo instead of "this cannot be undone". One row per deletion, keyed by a random
 * token the delete returns; `entry` is the JSON of every row the deletion removed (outline,
 * lessons, comments), so a restore puts back exactly what was there, whatever columns later
 * versions add. Media assets are never deleted with a lesson, so the restored document's
 * asset references point at the same assets again.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE outline_trash (
      token TEXT PRIMARY KEY,
      deleted_at TEXT NOT NULL,
      entry TEXT NOT NULL
    ) STRICT;
  `);
}
