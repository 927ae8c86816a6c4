import type { Database } from 'better-sqlite3';

/** Version 1: the course, its outline, lesson documents and content-addressed media. */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE assets (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('image', 'video', 'audio', 'caption', 'file')),
      name TEXT NOT NULL,
      mime TEXT NOT NULL,
      meta TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE course (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      title TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      language TEXT NOT NULL,
      authors TEXT NOT NULL DEFAULT '[]',
      license TEXT NOT NULL DEFAULT '',
      cover_asset_id TEXT REFERENCES assets (id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE outline (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('section', 'lesson')),
      parent_id TEXT REFERENCES outline (id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      position INTEGER NOT NULL,
      CHECK ((kind = 'section') = (parent_id IS NULL))
    ) STRICT;
    CREATE INDEX outline_by_parent ON outline (parent_id, position);

    CREATE TABLE lessons (
      id TEXT PRIMARY KEY REFERENCES outline (id) ON DELETE CASCADE,
      doc TEXT NOT NULL,
      revision INTEGER NOT NULL DEFAULT 0,
      updated_at TEXT NOT NULL
    ) STRICT;

    -- One row per distinct blob: the same bytes imported twice are stored once.
    CREATE TABLE chunks (
      hash TEXT PRIMARY KEY,
      size INTEGER NOT NULL,
      data BLOB NOT NULL
    ) STRICT;

    CREATE TABLE media_files (
      id INTEGER PRIMARY KEY,
      asset_id TEXT NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      mime TEXT NOT NULL,
      size INTEGER NOT NULL,
      sha256 TEXT NOT NULL,
      UNIQUE (asset_id, name)
    ) STRICT;

    CREATE TABLE media_file_chunks (
      file_id INTEGER NOT NULL REFERENCES media_files (id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      offset INTEGER NOT NULL,
      hash TEXT NOT NULL REFERENCES chunks (hash),
      PRIMARY KEY (file_id, seq)
    ) STRICT;
    CREATE INDEX media_file_chunks_by_hash ON media_file_chunks (hash);
  `);
}
