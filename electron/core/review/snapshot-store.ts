/**
 * Snapshots in the `snapshots` table: taking them (by name or automatically), listing them
 * with a summary of what changed, and thinning old automatic ones.
 */
import { StudioError } from '../../shared/errors';
import type { SnapshotChanges, SnapshotInfo, SnapshotReason } from '../../shared/review/model';
import { newId } from '../project/ids';
import type { Db } from '../project/sqlite';
import {
  captureContent,
  contentHash,
  lessonTitles,
  toStored,
  type SnapshotContent,
  type StoredContent,
} from './snapshot-content';
import { snapshotsToThin } from './snapshot-thinning';

/** While editing, an automatic snapshot is taken at most this often. */
export const EDITING_SNAPSHOT_INTERVAL_MS = 5 * 60 * 1000;

interface SnapshotRow {
  id: string;
  label: string;
  data: string;
  created_at: string;
  kind: 'named' | 'auto';
  reason: string;
  content_hash: string;
}

/** Takes a snapshot of the course as it is now; returns its id. Runs inside a transaction. */
export function createSnapshot(
  db: Db,
  options: { name?: string; reason: SnapshotReason; at: string },
): string {
  const content = captureContent(db);
  const stored = toStored(content);
  const putDoc = db.prepare('INSERT OR IGNORE INTO snapshot_docs (hash, doc) VALUES (?, ?)');
  content.lessons.forEach((lesson, index) =>
    putDoc.run(stored.lessons[index]!.docHash, lesson.doc),
  );
  // A leading letter: ids are typed on command lines, where one starting with '-' reads as a flag.
  const id = `s${newId()}`;
  const kind = options.reason === 'named' ? 'named' : 'auto';
  db.prepare(
    `INSERT INTO snapshots (id, label, data, created_at, kind, reason, content_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    options.name ?? '',
    JSON.stringify(stored),
    options.at,
    kind,
    options.reason,
    contentHash(content),
  );
  thinSnapshots(db, new Date(options.at));
  return id;
}

/**
 * The "every few minutes of editing" snapshot: called before a lesson is saved, it keeps the
 * state before the save when the last snapshot is older than the interval and differs.
 */
export function snapshotWhileEditing(db: Db, at: string): string | null {
  const last = db
    .prepare<[], Pick<SnapshotRow, 'created_at' | 'content_hash'>>(
      'SELECT created_at, content_hash FROM snapshots ORDER BY created_at DESC, rowid DESC LIMIT 1',
    )
    .get();
  if (last && Date.parse(at) - Date.parse(last.created_at) < EDITING_SNAPSHOT_INTERVAL_MS) {
    return null;
  }
  if (last && last.content_hash === contentHash(captureContent(db))) return null;
  return createSnapshot(db, { reason: 'editing', at });
}

/** Drops automatic snapshots that have aged out (see snapshot-thinning.ts). */
export function thinSnapshots(db: Db, now: Date): number {
  const auto = db
    .prepare<[], { id: string; createdAt: string }>(
      `SELECT id, created_at AS createdAt FROM snapshots WHERE kind = 'auto'`,
    )
    .all();
  const drop = snapshotsToThin(auto, now);
  const remove = db.prepare('DELETE FROM snapshots WHERE id = ?');
  for (const id of drop) remove.run(id);
  // Documents no remaining snapshot refers to go with the last snapshot that held them.
  if (drop.length > 0) {
    db.prepare(
      `DELETE FROM snapshot_docs WHERE hash NOT IN (
         SELECT json_extract(lesson.value, '$.docHash')
         FROM snapshots, json_each(snapshots.data, '$.lessons') AS lesson)`,
    ).run();
  }
  return drop.length;
}

/** The stored content of one snapshot. */
export function loadSnapshot(db: Db, id: string): { info: SnapshotRow; content: SnapshotContent } {
  const row = db.prepare<[string], SnapshotRow>('SELECT * FROM snapshots WHERE id = ?').get(id);
  if (!row) throw new StudioError('NOT_FOUND', `No snapshot with id ${id}.`, { id });
  const stored = JSON.parse(row.data) as StoredContent;
  const getDoc = db.prepare<[string], { doc: string }>(
    'SELECT doc FROM snapshot_docs WHERE hash = ?',
  );
  const lessons = stored.lessons.map(({ id: lessonId, docHash, passingScore }) => {
    const doc = getDoc.get(docHash)?.doc;
    if (doc === undefined)
      throw new StudioError('PROJECT_CORRUPT', `Snapshot ${id} lacks a lesson.`);
    return { id: lessonId, doc, passingScore };
  });
  return { info: row, content: { ...stored, lessons } };
}

/** Every snapshot, newest first, each with what changed since the one before it. */
export function listSnapshots(db: Db): SnapshotInfo[] {
  const rows = db
    .prepare<[], SnapshotRow>('SELECT * FROM snapshots ORDER BY created_at, rowid')
    .all();
  const infos: SnapshotInfo[] = [];
  let previous: SnapshotContent | null = null;
  for (const row of rows) {
    // Compared by document hash: listing never reads the documents themselves.
    const stored = JSON.parse(row.data) as StoredContent;
    const content: SnapshotContent = {
      ...stored,
      lessons: stored.lessons.map(({ id, docHash, passingScore }) => ({
        id,
        doc: docHash,
        passingScore,
      })),
    };
    infos.push({
      id: row.id,
      name: row.label,
      kind: row.kind,
      reason: row.reason as SnapshotReason,
      createdAt: row.created_at,
      lessonCount: content.lessons.length,
      changes: previous ? compareContents(previous, content) : null,
    });
    previous = content;
  }
  return infos.reverse();
}

/** Lessons added, removed and edited (document, title or pass mark) from `before` to `after`. */
export function compareContents(before: SnapshotContent, after: SnapshotContent): SnapshotChanges {
  const beforeTitles = lessonTitles(before);
  const afterTitles = lessonTitles(after);
  const beforeLessons = new Map(before.lessons.map((lesson) => [lesson.id, lesson]));
  const changes: SnapshotChanges = { added: [], removed: [], edited: [] };
  for (const lesson of after.lessons) {
    const title = afterTitles.get(lesson.id) ?? '';
    const old = beforeLessons.get(lesson.id);
    if (!old) changes.added.push({ id: lesson.id, title });
    else if (
      old.doc !== lesson.doc ||
      old.passingScore !== lesson.passingScore ||
      beforeTitles.get(lesson.id) !== title
    ) {
      changes.edited.push({ id: lesson.id, title });
    }
  }
  const afterIds = new Set(after.lessons.map((lesson) => lesson.id));
  for (const lesson of before.lessons) {
    if (!afterIds.has(lesson.id)) {
      changes.removed.push({ id: lesson.id, title: beforeTitles.get(lesson.id) ?? '' });
    }
  }
  return changes;
}
