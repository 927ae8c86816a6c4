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

/** Counts the words of a document (stored JSON or parsed): CJK characters count one each. */
export function countWordsInDocument(doc: string | object): number {
  let root: unknown;
  try {
    root =
      typeof doc === 'string'
        ? (JSON.parse(doc) as { root?: unknown }).root
        : (doc as { root?: unknown }).root;
  } catch {
    return 0;
  }
  let words = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const { text, children } = node as { text?: unknown; children?: unknown };
    if (typeof text === 'string') words += countWords(text);
    if (Array.isArray(children)) stack.push(...(children as unknown[]));
  }
  return words;
}

const isCjk = (code: number) =>
  (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
const isSpace = (code: number) =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000;
/** ASCII letters and digits, and anything past ASCII but general punctuation and CJK. */
const isWordCharacter = (code: number) =>
  (code >= 48 && code <= 57) ||
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  (code > 0x7f && !(code >= 0x2000 && code <= 0x206f));

/** Words in plain text: each CJK character is a word, other words are separated by spaces. */
export function countWords(text: string): number {
  let words = 0;
  let wordHasLetter = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (
      isCjk(code) ||
      isSpace(code) ||
      (code >= 0x3000 && code <= 0x303f) ||
      (code >= 0xff00 && code <= 0xff0f)
    ) {
      if (wordHasLetter) words += 1;
      wordHasLetter = false;
      if (isCjk(code)) words += 1;
    } else if (!wordHasLetter && isWordCharacter(code)) {
      wordHasLetter = true;
    }
  }
  return wordHasLetter ? words + 1 : words;
}
