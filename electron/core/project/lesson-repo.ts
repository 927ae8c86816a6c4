import { StudioError } from '../../shared/errors';
import { emptyLessonDocument, type Lesson, type LessonDocument } from '../../shared/model';
import { countWordsInDocument } from './migrations/002-workflow';
import { lessonSectionId } from './outline-repo';
import type { Db } from './sqlite';

interface LessonRow {
  id: string;
  title: string;
  doc: string;
  revision: number;
  updated_at: string;
}

export function insertLessonDocument(
  db: Db,
  id: string,
  at: string,
  doc = emptyLessonDocument(),
): void {
  const json = JSON.stringify(doc);
  db.prepare(
    'INSERT INTO lessons (id, doc, revision, updated_at, word_count) VALUES (?, ?, 0, ?, ?)',
  ).run(id, json, at, countWordsInDocument(json));
}

export function getLesson(db: Db, id: string): Lesson {
  const row = db
    .prepare<[string], LessonRow>(
      `SELECT l.id, o.title, l.doc, l.revision, l.updated_at
       FROM lessons l JOIN outline o ON o.id = l.id WHERE l.id = ?`,
    )
    .get(id);
  if (!row) throw new StudioError('NOT_FOUND', `No lesson with id ${id}.`, { id });
  return {
    id: row.id,
    sectionId: lessonSectionId(db, id),
    title: row.title,
    doc: JSON.parse(row.doc) as LessonDocument,
    revision: row.revision,
    updatedAt: row.updated_at,
  };
}

/**
 * Stores a new version of a lesson if nobody saved over `baseRevision` meanwhile;
 * returns the new revision.
 */
export function saveLesson(
  db: Db,
  id: string,
  doc: LessonDocument,
  baseRevision: number,
  at: string,
): number {
  const json = JSON.stringify(doc);
  const result = db
    .prepare(
      `UPDATE lessons SET doc = ?, revision = revision + 1, updated_at = ?, word_count = ?
       WHERE id = ? AND revision = ?`,
    )
    .run(json, at, countWordsInDocument(doc), id, baseRevision);
  if (result.changes === 1) return baseRevision + 1;
  const current = db
    .prepare<[string], { revision: number }>('SELECT revision FROM lessons WHERE id = ?')
    .get(id);
  if (!current) throw new StudioError('NOT_FOUND', `No lesson with id ${id}.`, { id });
  throw new StudioError('REVISION_CONFLICT', 'This lesson was changed in another window.', {
    id,
    revision: current.revision,
  });
}

/** Gives a lesson its own pass mark (percent), or `null` to follow the course's. */
export function setLessonPassingScore(db: Db, id: string, passingScore: number | null): void {
  const result = db
    .prepare('UPDATE lessons SET passing_score = ? WHERE id = ?')
    .run(passingScore, id);
  if (result.changes !== 1) throw new StudioError('NOT_FOUND', `No lesson with id ${id}.`, { id });
}
