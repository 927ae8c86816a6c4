import type { Database } from 'better-sqlite3';

/**
 * Version 7: what the studio remembers of each publish, for the History panel and for
 * "this course was already sent there": the profile and kind, the package's size, the
 * outcome, where to see it, the platform's own messages and the steps left to the teacher
 * (JSON arrays). Rows written by version 2's table keep working: the new columns default to
 * what those rows meant (a succeeded send).
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE publications ADD COLUMN profile TEXT NOT NULL DEFAULT '';
    ALTER TABLE publications ADD COLUMN kind TEXT NOT NULL DEFAULT '';
    ALTER TABLE publications ADD COLUMN size INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE publications ADD COLUMN result TEXT NOT NULL DEFAULT 'succeeded'
      CHECK (result IN ('succeeded', 'needs-action', 'failed', 'cancelled'));
    ALTER TABLE publications ADD COLUMN url TEXT;
    ALTER TABLE publications ADD COLUMN messages TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE publications ADD COLUMN steps TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE publications ADD COLUMN error_code TEXT;
    CREATE INDEX publications_by_time ON publications (published_at);
  `);
}
