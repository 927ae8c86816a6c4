import type { Database } from 'better-sqlite3';

/**
 * Version 2: the tables later features write to (jobs, review comments, snapshots,
 * publications), and a word count per lesson so the outline can show lesson length without
 * parsing documents. Existing lessons get their count here.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE lessons ADD COLUMN word_count INTEGER NOT NULL DEFAULT 0;

    CREATE TABLE jobs (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
      payload TEXT NOT NULL DEFAULT '{}',
      progress REAL NOT NULL DEFAULT 0,
      error TEXT,
      attempts INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX jobs_by_state ON jobs (state, created_at);

    CREATE TABLE comments (
      id TEXT PRIMARY KEY,
      lesson_id TEXT NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
      author TEXT NOT NULL,
      body TEXT NOT NULL,
      anchor TEXT,
      resolved INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE snapshots (
      id TEXT PRIMARY KEY,
      label TEXT NOT NULL,
      data TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE publications (
      id TEXT PRIMARY KEY,
      target TEXT NOT NULL,
      format TEXT NOT NULL,
      remote_id TEXT,
      sha256 TEXT NOT NULL,
      published_at TEXT NOT NULL
    ) STRICT;
  `);
  const lessons = db.prepare<[], { id: string; doc: string }>('SELECT id, doc FROM lessons').all();
  const setCount = db.prepare('UPDATE lessons SET word_count = ? WHERE id = ?');
  for (const lesson of lessons) setCount.run(countWordsInDocument(lesson.doc), lesson.id);
}

/** Counts words in a stored document: CJK characters count one each, other runs by spaces. */
export function countWordsInDocument(json: string): number {
  let text = '';
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const { text: value, children } = node as { text?: unknown; children?: unknown };
    if (typeof value === 'string') text += `${value} `;
    if (Array.isArray(children)) for (const child of children) visit(child);
    text += ' ';
  };
  try {
    visit((JSON.parse(json) as { root?: unknown }).root);
  } catch {
    return 0;
  }
  return countWords(text);
}

export function countWords(text: string): number {
  const cjk = text.match(/[\u3400-\u9fff\uf900-\ufaff]/gu)?.length ?? 0;
  const others = text
    .replace(/[\u3400-\u9fff\uf900-\ufaff]/gu, ' ')
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return cjk + others;
}
