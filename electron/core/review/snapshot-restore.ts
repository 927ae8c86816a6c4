/**
 * Putting a snapshot back: the whole course, or one lesson while the others keep their edits.
 * Either way a snapshot of the current state is taken first, so a restore can be undone by
 * restoring that one.
 */
import { StudioError } from '../../shared/errors';
import type { RestoreResult } from '../../shared/review/model';
import { countWordsInDocument } from '../project/migrations/002-workflow';
import type { Db } from '../project/sqlite';
import type { SnapshotContent, SnapshotLesson, SnapshotNode } from './snapshot-content';
import { createSnapshot, loadSnapshot } from './snapshot-store';

/** Restores the whole course (metadata, outline, lessons). Runs inside a transaction. */
export function restoreCourse(db: Db, snapshotId: string, at: string): RestoreResult {
  const { content } = loadSnapshot(db, snapshotId);
  const undoSnapshotId = createSnapshot(db, { reason: 'restore', at });
  const revisions = currentRevisions(db);
  // Lessons cascade with their outline rows; comments are not tied to them and stay.
  db.prepare('DELETE FROM outline').run();
  const sections = content.outline.filter((node) => node.kind === 'section');
  const lessonNodes = content.outline.filter((node) => node.kind === 'lesson');
  for (const node of [...sections, ...lessonNodes]) insertNode(db, node);
  for (const lesson of content.lessons) {
    insertLesson(db, lesson, nextRevision(revisions, lesson.id), at);
  }
  restoreCourseRow(db, content, at);
  return { undoSnapshotId };
}

/** Restores one lesson's document, title and pass mark; a deleted lesson comes back. */
export function restoreLesson(
  db: Db,
  snapshotId: string,
  lessonId: string,
  at: string,
): RestoreResult {
  const { content } = loadSnapshot(db, snapshotId);
  const lesson = content.lessons.find((candidate) => candidate.id === lessonId);
  const node = content.outline.find((candidate) => candidate.id === lessonId);
  if (!lesson || !node) {
    throw new StudioError('NOT_FOUND', `Snapshot ${snapshotId} has no lesson ${lessonId}.`, {
      snapshotId,
      lessonId,
    });
  }
  const undoSnapshotId = createSnapshot(db, { reason: 'restore', at });
  const revisions = currentRevisions(db);
  if (revisions.has(lessonId)) {
    db.prepare('UPDATE outline SET title = ? WHERE id = ?').run(node.title, lessonId);
    db.prepare(
      `UPDATE lessons SET doc = ?, revision = revision + 1, updated_at = ?, word_count = ?,
         passing_score = ? WHERE id = ?`,
    ).run(lesson.doc, at, countWordsInDocument(lesson.doc), lesson.passingScore, lessonId);
  } else {
    insertNode(db, { ...node, parentId: sectionFor(db, node) }, true);
    insertLesson(db, lesson, 0, at);
  }
  return { undoSnapshotId };
}

function currentRevisions(db: Db): Map<string, number> {
  const rows = db.prepare<[], { id: string; revision: number }>('SELECT id, revision FROM lessons');
  return new Map(rows.all().map((row) => [row.id, row.revision]));
}

/**
 * A restored lesson's revision moves forward from the one it replaces, so an editor still
 * holding the replaced version gets a revision conflict instead of saving over the restore.
 */
function nextRevision(revisions: Map<string, number>, id: string): number {
  const current = revisions.get(id);
  return current === undefined ? 0 : current + 1;
}

function insertNode(db: Db, node: SnapshotNode, shiftSiblings = false): void {
  if (shiftSiblings) {
    db.prepare(
      'UPDATE outline SET position = position + 1 WHERE parent_id IS ? AND position >= ?',
    ).run(node.parentId, node.position);
  }
  db.prepare(
    'INSERT INTO outline (id, kind, parent_id, title, position) VALUES (?, ?, ?, ?, ?)',
  ).run(node.id, node.kind, node.parentId, node.title, node.position);
}

function insertLesson(db: Db, lesson: SnapshotLesson, revision: number, at: string): void {
  db.prepare(
    `INSERT INTO lessons (id, doc, revision, updated_at, word_count, passing_score)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(lesson.id, lesson.doc, revision, at, countWordsInDocument(lesson.doc), lesson.passingScore);
}

/** The lesson's old section if it still exists, else the first section. */
function sectionFor(db: Db, node: SnapshotNode): string {
  const exists = db
    .prepare<[string], { id: string }>(`SELECT id FROM outline WHERE id = ? AND kind = 'section'`)
    .get(node.parentId ?? '');
  if (exists) return exists.id;
  const first = db
    .prepare<[], { id: string }>(
      `SELECT id FROM outline WHERE kind = 'section' ORDER BY position LIMIT 1`,
    )
    .get();
  if (!first) throw new Error('A course without sections');
  return first.id;
}

function restoreCourseRow(db: Db, content: SnapshotContent, at: string): void {
  const { course } = content;
  // A cover image deleted since the snapshot cannot come back; the course keeps none.
  const cover =
    course.coverAssetId && db.prepare('SELECT 1 FROM assets WHERE id = ?').get(course.coverAssetId)
      ? course.coverAssetId
      : null;
  db.prepare(
    `UPDATE course SET title = ?, description = ?, language = ?, authors = ?, license = ?,
       cover_asset_id = ?, passing_score = ?, updated_at = ? WHERE id = 1`,
  ).run(
    course.title,
    course.description,
    course.language,
    course.authors,
    course.license,
    cover,
    course.passingScore,
    at,
  );
}
