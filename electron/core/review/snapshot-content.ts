/**
 * What a snapshot holds: the course row, the outline and every lesson document as JSON, and
 * the ids of the assets that existed. Media bytes are never copied: chunks are shared with the
 * live course, so a snapshot of a course with an hour of video costs kilobytes.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../project/sqlite';

export interface SnapshotCourse {
  title: string;
  description: string;
  language: string;
  authors: string;
  license: string;
  coverAssetId: string | null;
  passingScore: number;
}

export interface SnapshotNode {
  id: string;
  kind: 'section' | 'lesson';
  parentId: string | null;
  title: string;
  position: number;
}

export interface SnapshotLesson {
  id: string;
  /** The stored document JSON, byte for byte. */
  doc: string;
  passingScore: number | null;
}

export interface SnapshotContent {
  course: SnapshotCourse;
  outline: SnapshotNode[];
  lessons: SnapshotLesson[];
  assetIds: string[];
}

/** Reads the course's content as it is now. */
export function captureContent(db: Db): SnapshotContent {
  const course = db
    .prepare<[], SnapshotCourse>(
      `SELECT title, description, language, authors, license,
              cover_asset_id AS coverAssetId, passing_score AS passingScore
       FROM course WHERE id = 1`,
    )
    .get();
  if (!course) throw new Error('The course row is missing');
  const outline = db
    .prepare<[], SnapshotNode>(
      `SELECT id, kind, parent_id AS parentId, title, position FROM outline
       ORDER BY kind DESC, parent_id, position, id`,
    )
    .all();
  const lessons = db
    .prepare<[], SnapshotLesson>(
      'SELECT id, doc, passing_score AS passingScore FROM lessons ORDER BY id',
    )
    .all();
  const assetIds = db
    .prepare<[], { id: string }>('SELECT id FROM assets ORDER BY id')
    .all()
    .map((row) => row.id);
  return { course, outline, lessons, assetIds };
}

/** A lesson as a snapshot row stores it: its document by hash (see `snapshot_docs`). */
export interface StoredLesson {
  id: string;
  docHash: string;
  passingScore: number | null;
}

export type StoredContent = Omit<SnapshotContent, 'lessons'> & { lessons: StoredLesson[] };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The content as stored: documents replaced by their hashes. */
export function toStored(content: SnapshotContent): StoredContent {
  return {
    ...content,
    lessons: content.lessons.map(({ id, doc, passingScore }) => ({
      id,
      docHash: sha256(doc),
      passingScore,
    })),
  };
}

/** A hash of the content: equal hashes mean nothing changed between two snapshots. */
export function contentHash(content: SnapshotContent): string {
  return sha256(JSON.stringify(toStored(content)));
}

/** Lesson titles by id, in outline order. */
export function lessonTitles(content: SnapshotContent): Map<string, string> {
  const titles = new Map<string, string>();
  for (const node of content.outline) if (node.kind === 'lesson') titles.set(node.id, node.title);
  return titles;
}
