/**
 * Undoable outline deletes: a deleted section or lesson is kept in `outline_trash` (migration
 * 006) as the rows the delete removed, and `restoreFromTrash` puts them back where they were.
 */
import { randomBytes } from 'node:crypto';
import { StudioError } from '../../shared/errors';
import { deleteNode, moveNode } from './outline-repo';
import type { Db } from './sqlite';

/** Deletions kept for undo; older ones are dropped as new ones arrive. */
const KEPT_DELETIONS = 50;

type Row = Record<string, unknown>;

interface TrashEntry {
  /** The deleted node's place among its siblings. */
  index: number;
  outline: Row[];
  lessons: Row[];
  comments: Row[];
}

/** Deletes a section (with its lessons) or a lesson, keeping it for undo; returns the token. */
export function trashNode(db: Db, id: string, at: string): string {
  const node = db
    .prepare<[string], { parent_id: string | null }>('SELECT parent_id FROM outline WHERE id = ?')
    .get(id);
  if (!node) throw new StudioError('NOT_FOUND', `No section or lesson with id ${id}.`, { id });
  const index = db
    .prepare<[string | null], { id: string }>(
      'SELECT id FROM outline WHERE parent_id IS ? ORDER BY position',
    )
    .all(node.parent_id)
    .findIndex((sibling) => sibling.id === id);
  // Parents before children, so a restore can insert in this order.
  const outline = db
    .prepare<[string, string], Row>(
      `SELECT * FROM outline WHERE id = ? OR parent_id = ?
       ORDER BY parent_id IS NOT NULL, position`,
    )
    .all(id, id);
  const lessonIds = outline.filter((row) => row.kind === 'lesson').map((row) => String(row.id));
  const inLessons = `(${lessonIds.map(() => '?').join(', ')})`;
  const lessons = lessonIds.length
    ? db.prepare<string[], Row>(`SELECT * FROM lessons WHERE id IN ${inLessons}`).all(...lessonIds)
    : [];
  const comments = lessonIds.length
    ? db
        .prepare<string[], Row>(`SELECT * FROM comments WHERE lesson_id IN ${inLessons}`)
        .all(...lessonIds)
    : [];
  deleteNode(db, id);
  const token = randomBytes(16).toString('hex');
  const entry: TrashEntry = { index, outline, lessons, comments };
  db.prepare('INSERT INTO outline_trash (token, deleted_at, entry) VALUES (?, ?, ?)').run(
    token,
    at,
    JSON.stringify(entry),
  );
  db.prepare(
    `DELETE FROM outline_trash WHERE token NOT IN
       (SELECT token FROM outline_trash ORDER BY deleted_at DESC, rowid DESC LIMIT ?)`,
  ).run(KEPT_DELETIONS);
  return token;
}

/** Puts a deleted section or lesson back at its old place; returns its id. */
export function restoreFromTrash(db: Db, token: string): string {
  const stored = db
    .prepare<[string], { entry: string }>('SELECT entry FROM outline_trash WHERE token = ?')
    .get(token);
  if (!stored) {
    throw new StudioError('UNDO_EXPIRED', 'That deletion can no longer be undone.', { token });
  }
  const entry = JSON.parse(stored.entry) as TrashEntry;
  const [root, ...children] = entry.outline;
  if (!root) throw new StudioError('UNDO_EXPIRED', 'That deletion can no longer be undone.');
  const parentId = typeof root.parent_id === 'string' ? root.parent_id : null;
  if (parentId !== null) {
    const parent = db.prepare('SELECT 1 FROM outline WHERE id = ?').get(parentId);
    if (!parent) {
      throw new StudioError(
        'UNDO_PARENT_GONE',
        'The section this lesson was in has been deleted too.',
        { title: String(root.title) },
      );
    }
  }
  // Appended first, then moved to its old index, which renumbers its new siblings.
  insertRow(db, 'outline', { ...root, position: Number.MAX_SAFE_INTEGER });
  for (const child of children) insertRow(db, 'outline', child);
  for (const lesson of entry.lessons) insertRow(db, 'lessons', lesson);
  // Since version 8 comments outlive their lesson (kept as orphans), so they may still be there.
  for (const comment of entry.comments) insertRow(db, 'comments', comment, { orIgnore: true });
  moveNode(db, String(root.id), parentId, Math.max(0, entry.index));
  db.prepare('DELETE FROM outline_trash WHERE token = ?').run(token);
  return String(root.id);
}

/** Inserts a stored row, using only columns the table has (the entry is file content). */
function insertRow(
  db: Db,
  table: 'outline' | 'lessons' | 'comments',
  row: Row,
  { orIgnore = false } = {},
): void {
  const known = new Set(
    db
      .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
      .all()
      .map((column) => column.name),
  );
  const columns = Object.keys(row).filter((column) => known.has(column));
  const placeholders = columns.map(() => '?').join(', ');
  db.prepare(
    `INSERT ${orIgnore ? 'OR IGNORE ' : ''}INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${placeholders})`,
  ).run(...columns.map((column) => row[column]));
}
