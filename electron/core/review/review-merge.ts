/**
 * Merging a review back into the course: from a review copy (a .course file) or from the
 * offline review site's saved file (JSON). Both are untrusted: sizes are bounded before
 * reading, every comment is validated with the same schema as a comment made in the studio,
 * and a review of another course is refused. Comment ids are stable, so merging the same
 * file twice adds nothing.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { StudioError, toStudioError } from '../../shared/errors';
import type { MergeResult } from '../../shared/review/model';
import {
  MAX_REVIEW_COMMENTS,
  MAX_REVIEW_FILE_BYTES,
  reviewCommentSchema,
  reviewFileSchema,
  type ReviewComment,
} from '../../shared/review/schema';
import { getPackageId } from '../project/course-repo';
import { APPLICATION_ID } from '../project/project-file';
import type { Project } from '../project/project';
import { connect, type Db } from '../project/sqlite';
import { insertComment, listComments } from './comment-repo';
import { createSnapshot } from './snapshot-store';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

interface ReviewSource {
  packageId: string;
  comments: ReviewComment[];
}

/** Reads, checks and merges the review at `path` into the open course. */
export function mergeReview(project: Project, path: string, at: string): MergeResult {
  const review = readReview(path);
  const packageId = getPackageId(project.db);
  if (review.packageId !== packageId) {
    throw new StudioError('REVIEW_WRONG_COURSE', `${path} is a review of another course.`, {
      path,
    });
  }
  return project.transact((db) => {
    createSnapshot(db, { reason: 'merge', at });
    const added: string[] = [];
    for (const comment of review.comments) {
      if (insertComment(db, { ...comment, parentId: comment.parentId })) added.push(comment.id);
    }
    // Listed (not fetched one by one) so replies share their thread's orphaned state.
    const addedIds = new Set(added);
    const comments = listComments(db).filter((comment) => addedIds.has(comment.id));
    return {
      added: added.length,
      skipped: review.comments.length - added.length,
      orphaned: comments.filter((comment) => comment.orphaned).length,
      comments,
    };
  });
}

function readReview(path: string): ReviewSource {
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new Error('not a file');
    size = stats.size;
  } catch {
    throw new StudioError('FILE_NOT_FOUND', `${path} does not exist.`, { path });
  }
  return startsWithSqliteHeader(path) ? readReviewCopy(path) : readReviewFile(path, size);
}

function startsWithSqliteHeader(path: string): boolean {
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

const invalid = (path: string, reason: string) =>
  new StudioError('REVIEW_FILE_INVALID', `${path} is not a readable review: ${reason}.`, {
    path,
    reason,
  });

/** The review site's file: small JSON. */
function readReviewFile(path: string, size: number): ReviewSource {
  if (size > MAX_REVIEW_FILE_BYTES) {
    throw new StudioError('REVIEW_FILE_TOO_LARGE', `${path} is too large for a review file.`, {
      path,
      bytes: size,
      maxBytes: MAX_REVIEW_FILE_BYTES,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw invalid(path, 'not complete JSON');
  }
  if (
    typeof json === 'object' &&
    json !== null &&
    Array.isArray((json as { comments?: unknown }).comments) &&
    (json as { comments: unknown[] }).comments.length > MAX_REVIEW_COMMENTS
  ) {
    throw new StudioError('REVIEW_FILE_TOO_LARGE', `${path} holds too many comments.`, {
      path,
      maxComments: MAX_REVIEW_COMMENTS,
    });
  }
  const parsed = reviewFileSchema.safeParse(json);
  if (!parsed.success) throw invalid(path, firstIssue(parsed.error.issues));
  return parsed.data;
}

/** A review copy: a course file whose comments are read without opening it as a project. */
function readReviewCopy(path: string): ReviewSource {
  let db: Db | undefined;
  try {
    db = connect(path, {});
    // The file is untrusted: no writes, no functions with side effects from its schema, and
    // damaged b-tree cells are caught instead of read past.
    db.pragma('query_only = ON');
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
    if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) {
      throw invalid(path, 'not a Course Studio course');
    }
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw invalid(path, 'the file is damaged');
    const copy = db
      .prepare<[], { package_id: string }>('SELECT package_id FROM review_copy WHERE id = 1')
      .get();
    const packageId = copy?.package_id ?? getPackageId(db);
    const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM comments').get()?.n ?? 0;
    if (count > MAX_REVIEW_COMMENTS) {
      throw new StudioError('REVIEW_FILE_TOO_LARGE', `${path} holds too many comments.`, {
        path,
        maxComments: MAX_REVIEW_COMMENTS,
      });
    }
    const rows = db
      .prepare<[], Record<string, unknown>>(
        `SELECT id, lesson_id, parent_id, author, body, anchor, resolved, created_at
         FROM comments ORDER BY created_at, id`,
      )
      .all();
    const comments: ReviewComment[] = [];
    for (const row of rows) {
      const parsed = reviewCommentSchema.safeParse({
        id: row.id,
        lessonId: row.lesson_id,
        parentId: row.parent_id,
        author: row.author,
        body: row.body,
        anchor: parseJson(row.anchor),
        resolved: row.resolved === 1,
        createdAt: row.created_at,
      });
      if (!parsed.success) throw invalid(path, firstIssue(parsed.error.issues));
      comments.push(parsed.data);
    }
    return { packageId, comments };
  } catch (error) {
    if (error instanceof StudioError) throw error;
    // Open in Course Studio elsewhere (the reviewer's window still has it): say so.
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw toStudioError(error, { path });
    throw invalid(path, 'the file is damaged or incomplete');
  } finally {
    db?.close();
  }
}

function parseJson(value: unknown): unknown {
  try {
    return typeof value === 'string' ? (JSON.parse(value) as unknown) : null;
  } catch {
    return null;
  }
}

function firstIssue(issues: { path: PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  return issue ? `${issue.path.map(String).join('.')}: ${issue.message}` : 'invalid';
}
