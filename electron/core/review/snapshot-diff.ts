/** A readable word-level diff of one lesson: a snapshot against the course now. */
import { diffWords } from 'diff';
import { lessonPlainText } from '../../shared/content/plainText';
import type { LessonDocument } from '../../shared/model';
import type { DiffPart, LessonDiff } from '../../shared/review/model';
import type { Db } from '../project/sqlite';
import { captureContent, lessonTitles, type SnapshotContent } from './snapshot-content';
import { loadSnapshot } from './snapshot-store';

/** Diffs `lessonId` in snapshot `snapshotId` against the same lesson now. */
export function diffLesson(db: Db, snapshotId: string, lessonId: string): LessonDiff {
  const { content: then } = loadSnapshot(db, snapshotId);
  const now = captureContent(db);
  const before = lessonText(then, lessonId);
  const after = lessonText(now, lessonId);
  // Intl's word segmenter splits Chinese into words (no spaces between them); the default
  // splitting would treat a whole Chinese sentence as one word.
  const intlSegmenter = new Intl.Segmenter(now.course.language, { granularity: 'word' });
  const parts: DiffPart[] = diffWords(before ?? '', after ?? '', { intlSegmenter }).map(
    (change) => ({
      kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
      text: change.value,
    }),
  );
  return {
    lessonId,
    title: lessonTitles(now).get(lessonId) ?? lessonTitles(then).get(lessonId) ?? '',
    inSnapshot: before !== null,
    inCurrent: after !== null,
    parts,
  };
}

function lessonText(content: SnapshotContent, lessonId: string): string | null {
  const lesson = content.lessons.find((candidate) => candidate.id === lessonId);
  if (!lesson) return null;
  try {
    return lessonPlainText(JSON.parse(lesson.doc) as LessonDocument);
  } catch {
    return '';
  }
}
