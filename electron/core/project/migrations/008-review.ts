import type { Database } from 'better-sqlite3';

/**
 * Version 8: review and history.
 *
 * - `snapshots` learn whether they were named by the author or taken automatically (only
 *   automatic ones are thinned), why, and a hash of their content (an editing snapshot
 *   identical to the last one is not stored again). Lesson documents are stored once per
 *   distinct content in `snapshot_docs`, so an unchanged lesson costs a snapshot nothing.
 * - `comments` are rebuilt without the cascading foreign key to `lessons`: a comment whose
 *   lesson was deleted must be kept (shown as orphaned), not lost. They gain threads
 *   (`parent_id`), an update time and the reviewer's copy they came from.
 * - `review_copy` holds one row in a review copy: its presence puts the file in review mode.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE snapshots ADD COLUMN kind TEXT NOT NULL DEFAULT 'named'
      CHECK (kind IN ('named', 'auto'));
    ALTER TABLE snapshots ADD COLUMN reason TEXT NOT NULL DEFAULT '';
    ALTER TABLE snapshots ADD COLUMN content_hash TEXT NOT NULL DEFAULT '';
    CREATE INDEX snapshots_by_time ON snapshots (created_at);
    CREATE TABLE snapshot_docs (
      hash TEXT PRIMARY KEY,
      doc TEXT NOT NULL
    ) STRICT;

    CREATE TABLE comments_v2 (
      id TEXT PRIMARY KEY,
      lesson_id TEXT,
      parent_id TEXT,
      author TEXT NOT NULL,
      body TEXT NOT NULL,
      anchor TEXT,
      resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL DEFAULT ''
    ) STRICT;
    INSERT INTO comments_v2 (id, lesson_id, author, body, anchor, resolved, created_at, updated_at)
      SELECT id, lesson_id, author, body, anchor, resolved, created_at, created_at FROM comments;
    DROP TABLE comments;
    ALTER TABLE comments_v2 RENAME TO comments;
    CREATE INDEX comments_by_lesson ON comments (lesson_id, created_at);

    CREATE TABLE review_copy (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      package_id TEXT NOT NULL,
      light INTEGER NOT NULL CHECK (light IN (0, 1)),
      created_at TEXT NOT NULL
    ) STRICT;
  `);
}
