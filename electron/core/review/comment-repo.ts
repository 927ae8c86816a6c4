/**
 * Review comments in the `comments` table: threads pinned to a lesson, a passage, a video
 * time or a quiz question. Whether a pin still has its place is worked out when comments are
 * read, against the lessons as they are then: a comment whose place is gone is orphaned, and
 * kept.
 */
import { lessonPlainText } from '../../shared/content/plainText';
import { asNode, childNodes, documentRoot, type NodeRecord } from '../../shared/content/read';
import { StudioError } from '../../shared/errors';
import type { LessonDocument } from '../../shared/model';
import type { Comment, CommentAnchor } from '../../shared/review/model';
import { locatePassage } from '../../shared/review/passage';
import { newId } from '../project/ids';
import type { Db } from '../project/sqlite';

interface CommentRow {
  id: string;
  lesson_id: string | null;
  parent_id: string | null;
  author: string;
  body: string;
  anchor: string | null;
  resolved: number;
  created_at: string;
  updated_at: string;
}

export interface NewComment {
  id?: string;
  lessonId: string;
  parentId?: string | null;
  author: string;
  body: string;
  anchor: CommentAnchor;
  resolved?: boolean;
  createdAt: string;
}

/** Adds a comment (or a reply) to a lesson that exists now. */
export function addComment(db: Db, comment: NewComment): Comment {
  const lesson = db.prepare('SELECT 1 FROM lessons WHERE id = ?').get(comment.lessonId);
  if (!lesson) {
    throw new StudioError('NOT_FOUND', `No lesson with id ${comment.lessonId}.`, {
      id: comment.lessonId,
    });
  }
  let lessonId = comment.lessonId;
  if (comment.parentId) {
    const parent = getCommentRow(db, comment.parentId);
    // A reply belongs to its thread's lesson whatever the caller said.
    lessonId = parent.lesson_id ?? lessonId;
  }
  // A leading letter, as for snapshots: ids starting with '-' read as flags on a command line.
  const id = comment.id ?? `c${newId()}`;
  insertComment(db, { ...comment, id, lessonId });
  return getComment(db, id);
}

/** Stores a comment as given; false when one with its id is already there (a merge repeated). */
export function insertComment(db: Db, comment: NewComment & { id: string }): boolean {
  const result = db
    .prepare(
      `INSERT OR IGNORE INTO comments
         (id, lesson_id, parent_id, author, body, anchor, resolved, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      comment.id,
      comment.lessonId,
      comment.parentId ?? null,
      comment.author,
      comment.body,
      JSON.stringify(comment.anchor),
      comment.resolved ? 1 : 0,
      comment.createdAt,
      comment.createdAt,
    );
  return result.changes === 1;
}

/** Resolves or reopens a comment's whole thread (the comment and its replies). */
export function setThreadResolved(db: Db, id: string, resolved: boolean, at: string): Comment {
  const row = getCommentRow(db, id);
  const root = row.parent_id ?? row.id;
  db.prepare('UPDATE comments SET resolved = ?, updated_at = ? WHERE id = ? OR parent_id = ?').run(
    resolved ? 1 : 0,
    at,
    root,
    root,
  );
  return getComment(db, id);
}

export function getComment(db: Db, id: string): Comment {
  const row = getCommentRow(db, id);
  return toComment(row, new LessonIndex(db));
}

/**
 * Comments in thread order (each thread's first comment, then its replies), oldest thread
 * first. `open` keeps only unresolved threads; `lessonId` only that lesson's.
 */
export function listComments(
  db: Db,
  filter: { open?: boolean; lessonId?: string } = {},
): Comment[] {
  const rows = db
    .prepare<[], CommentRow>('SELECT * FROM comments ORDER BY created_at, id')
    .all()
    .filter(
      (row) =>
        (!filter.open || row.resolved === 0) &&
        (filter.lessonId === undefined || row.lesson_id === filter.lessonId),
    );
  const lessons = new LessonIndex(db);
  const byId = new Map(rows.map((row) => [row.id, toComment(row, lessons)]));
  const ordered: Comment[] = [];
  for (const comment of byId.values()) {
    if (comment.parentId && byId.has(comment.parentId)) continue;
    ordered.push(comment);
    for (const reply of byId.values()) {
      if (reply.parentId === comment.id) ordered.push({ ...reply, orphaned: comment.orphaned });
    }
  }
  return ordered;
}

function getCommentRow(db: Db, id: string): CommentRow {
  const row = db.prepare<[string], CommentRow>('SELECT * FROM comments WHERE id = ?').get(id);
  if (!row) throw new StudioError('NOT_FOUND', `No comment with id ${id}.`, { id });
  return row;
}

function toComment(row: CommentRow, lessons: LessonIndex): Comment {
  const anchor = parseAnchor(row.anchor);
  const comment: Comment = {
    id: row.id,
    lessonId: row.lesson_id,
    parentId: row.parent_id,
    author: row.author,
    body: row.body,
    anchor,
    resolved: row.resolved === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    orphaned: false,
  };
  const lesson = row.lesson_id ? lessons.get(row.lesson_id) : null;
  if (!lesson) return { ...comment, orphaned: true };
  switch (anchor.kind) {
    case 'text': {
      const offset = locatePassage(lesson.text(), anchor);
      return offset === null ? { ...comment, orphaned: true } : { ...comment, textOffset: offset };
    }
    case 'quiz':
      return { ...comment, orphaned: !lesson.has('quiz', 'id', anchor.questionId) };
    case 'video':
      return { ...comment, orphaned: !lesson.has('video', 'assetId', anchor.assetId) };
    default:
      return comment;
  }
}

function parseAnchor(json: string | null): CommentAnchor {
  try {
    const anchor = json ? (JSON.parse(json) as CommentAnchor) : null;
    return anchor && typeof anchor.kind === 'string' ? anchor : { kind: 'lesson' };
  } catch {
    return { kind: 'lesson' };
  }
}

/** Lesson documents read once per listing, parsed on first use. */
class LessonIndex {
  private readonly cache = new Map<string, LessonView | null>();

  constructor(private readonly db: Db) {}

  get(id: string): LessonView | null {
    if (!this.cache.has(id)) {
      const row = this.db
        .prepare<[string], { doc: string }>('SELECT doc FROM lessons WHERE id = ?')
        .get(id);
      this.cache.set(id, row ? new LessonView(row.doc) : null);
    }
    return this.cache.get(id) ?? null;
  }
}

class LessonView {
  private plain: string | null = null;
  private readonly doc: LessonDocument | null;

  constructor(json: string) {
    try {
      this.doc = JSON.parse(json) as LessonDocument;
    } catch {
      this.doc = null;
    }
  }

  text(): string {
    this.plain ??= this.doc ? lessonPlainText(this.doc) : '';
    return this.plain;
  }

  /** Whether the document has a node of `type` whose `field` is `value`. */
  has(type: string, field: string, value: string): boolean {
    const root = documentRoot(this.doc);
    const stack: NodeRecord[] = root ? [root] : [];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === type && node[field] === value) return true;
      stack.push(...childNodes(node));
      // Questions inside a video node (in-video quizzes) count as the video's lesson's too.
      if (Array.isArray(node.questions)) {
        for (const question of node.questions as unknown[]) {
          const quiz = (question as { quiz?: unknown } | null)?.quiz;
          const asQuiz = asNode({ type: 'quiz', ...(quiz as object | undefined) });
          if (asQuiz) stack.push(asQuiz);
        }
      }
    }
    return false;
  }
}
