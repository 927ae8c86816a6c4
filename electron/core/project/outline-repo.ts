import { StudioError } from '../../shared/errors';
import type { Outline, OutlineLesson, OutlineSection } from '../../shared/model';
import { newId } from './ids';
import type { Db } from './sqlite';

interface OutlineRow {
  id: string;
  kind: 'section' | 'lesson';
  parent_id: string | null;
  title: string;
}

/** Sections in order, each with its lessons in order. */
export function getOutline(db: Db): Outline {
  const rows = db
    .prepare<[], OutlineRow & { passing_score: number | null }>(
      `SELECT o.id, o.kind, o.parent_id, o.title, l.passing_score
       FROM outline o LEFT JOIN lessons l ON l.id = o.id
       ORDER BY o.kind DESC, o.position`,
    )
    .all();
  const sections = new Map<string, OutlineSection>();
  for (const row of rows) {
    if (row.kind === 'section') sections.set(row.id, { id: row.id, title: row.title, lessons: [] });
    else if (row.parent_id) {
      const lesson: OutlineLesson = { id: row.id, title: row.title };
      if (row.passing_score !== null) lesson.passingScore = row.passing_score;
      sections.get(row.parent_id)?.lessons.push(lesson);
    }
  }
  return [...sections.values()];
}

function getNode(db: Db, id: string): OutlineRow {
  const row = db
    .prepare<[string], OutlineRow>('SELECT id, kind, parent_id, title FROM outline WHERE id = ?')
    .get(id);
  if (!row) throw new StudioError('NOT_FOUND', `No section or lesson with id ${id}.`, { id });
  return row;
}

function siblings(db: Db, parentId: string | null): string[] {
  return db
    .prepare<[string | null], { id: string }>(
      'SELECT id FROM outline WHERE parent_id IS ? ORDER BY position',
    )
    .all(parentId)
    .map((row) => row.id);
}

/** Writes positions 0..n-1 for the given order. */
function renumber(db: Db, ids: string[]): void {
  const setPosition = db.prepare('UPDATE outline SET position = ? WHERE id = ?');
  ids.forEach((id, position) => setPosition.run(position, id));
}

function insertAt(list: string[], id: string, index: number | undefined): string[] {
  const at = index === undefined ? list.length : Math.min(index, list.length);
  return [...list.slice(0, at), id, ...list.slice(at)];
}

export function addSection(db: Db, title: string, index?: number): OutlineSection {
  const id = newId();
  const order = insertAt(siblings(db, null), id, index);
  db.prepare(
    `INSERT INTO outline (id, kind, parent_id, title, position) VALUES (?, 'section', NULL, ?, ?)`,
  ).run(id, title, order.length);
  renumber(db, order);
  return { id, title, lessons: [] };
}

/** Adds the outline entry; the caller creates the lesson document in the same transaction. */
export function addLessonNode(
  db: Db,
  sectionId: string,
  title: string,
  index?: number,
): OutlineLesson {
  const section = getNode(db, sectionId);
  if (section.kind !== 'section') {
    throw new StudioError('INVALID_ARGUMENT', 'Lessons can only be added to a section.', {
      sectionId,
    });
  }
  const id = newId();
  const order = insertAt(siblings(db, sectionId), id, index);
  db.prepare(
    `INSERT INTO outline (id, kind, parent_id, title, position) VALUES (?, 'lesson', ?, ?, ?)`,
  ).run(id, sectionId, title, order.length);
  renumber(db, order);
  return { id, title };
}

export function renameNode(db: Db, id: string, title: string): void {
  getNode(db, id);
  db.prepare('UPDATE outline SET title = ? WHERE id = ?').run(title, id);
}

/** Deletes a section with its lessons, or one lesson. A course keeps at least one section. */
export function deleteNode(db: Db, id: string): void {
  const node = getNode(db, id);
  if (node.kind === 'section' && siblings(db, null).length === 1) {
    throw new StudioError('INVALID_ARGUMENT', 'A course needs at least one section.', { id });
  }
  db.prepare('DELETE FROM outline WHERE id = ?').run(id);
  renumber(db, siblings(db, node.parent_id));
}

/** Moves a section within the course, or a lesson to a position in any section. */
export function moveNode(db: Db, id: string, sectionId: string | null, index: number): void {
  const node = getNode(db, id);
  if (node.kind === 'section' && sectionId !== null) {
    throw new StudioError('INVALID_ARGUMENT', 'Sections cannot be nested.', { id, sectionId });
  }
  if (node.kind === 'lesson') {
    if (sectionId === null) {
      throw new StudioError('INVALID_ARGUMENT', 'A lesson must be placed in a section.', { id });
    }
    if (getNode(db, sectionId).kind !== 'section') {
      throw new StudioError('INVALID_ARGUMENT', 'Lessons can only be moved into a section.', {
        sectionId,
      });
    }
  }
  const from = siblings(db, node.parent_id).filter((sibling) => sibling !== id);
  if (node.parent_id === sectionId) {
    renumber(db, insertAt(from, id, index));
    return;
  }
  db.prepare('UPDATE outline SET parent_id = ? WHERE id = ?').run(sectionId, id);
  renumber(db, from);
  renumber(
    db,
    insertAt(
      siblings(db, sectionId).filter((sibling) => sibling !== id),
      id,
      index,
    ),
  );
}

export function lessonSectionId(db: Db, lessonId: string): string {
  const node = getNode(db, lessonId);
  if (node.kind !== 'lesson' || !node.parent_id) {
    throw new StudioError('NOT_FOUND', `No lesson with id ${lessonId}.`, { id: lessonId });
  }
  return node.parent_id;
}
