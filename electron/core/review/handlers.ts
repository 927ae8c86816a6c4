/** The review and history methods of the contract: snapshots, comments, review copies. */
import type { StudioHandlers } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import { getLesson } from '../project/lesson-repo';
import { now } from '../project/ids';
import type { StudioContext } from '../context';
import { addComment, listComments, setThreadResolved } from './comment-repo';
import { writeReviewCopy } from './review-copy';
import { mergeReview } from './review-merge';
import { isReviewCopy } from './review-mode';
import { writeReviewSite } from './review-site';
import { diffLesson } from './snapshot-diff';
import { restoreCourse, restoreLesson } from './snapshot-restore';
import { createSnapshot, listSnapshots } from './snapshot-store';

type ReviewHandlers = Pick<
  StudioHandlers,
  | 'snapshots.list'
  | 'snapshots.create'
  | 'snapshots.restore'
  | 'snapshots.diff'
  | 'comments.list'
  | 'comments.add'
  | 'comments.setResolved'
  | 'review.status'
  | 'review.copy'
  | 'review.merge'
  | 'review.site'
>;

export type ReviewContext = Pick<
  StudioContext,
  'current' | 'changed' | 'publish' | 'jobs' | 'onProjectClosing'
>;

/** Handlers for `snapshots.*`, `comments.*` and `review.*`. */
export function reviewHandlers(studio: ReviewContext): ReviewHandlers {
  return {
    'snapshots.list': () => listSnapshots(studio.current().db),
    'snapshots.create': ({ name }) => {
      const db = studio.current().db;
      const id = studio
        .current()
        .transact(() => createSnapshot(db, { name, reason: 'named', at: now() }));
      const info = listSnapshots(db).find((snapshot) => snapshot.id === id);
      if (!info) throw new StudioError('INTERNAL', 'The new snapshot is missing.');
      return info;
    },
    'snapshots.restore': ({ snapshotId, lessonId }, { origin }) => {
      const result = studio
        .current()
        .transact((db) =>
          lessonId === undefined
            ? restoreCourse(db, snapshotId, now())
            : restoreLesson(db, snapshotId, lessonId, now()),
        );
      if (lessonId === undefined) studio.changed('course', origin);
      studio.changed('outline', origin);
      if (lessonId !== undefined) {
        const { revision } = getLesson(studio.current().db, lessonId);
        studio.changed('lesson', origin, { lessonId, revision });
      }
      return result;
    },
    'snapshots.diff': ({ snapshotId, lessonId }) =>
      diffLesson(studio.current().db, snapshotId, lessonId),

    'comments.list': (filter) => listComments(studio.current().db, filter),
    'comments.add': ({ lessonId, parentId, author, body, anchor }) =>
      studio
        .current()
        .transact((db) =>
          addComment(db, { lessonId, parentId, author, body, anchor, createdAt: now() }),
        ),
    'comments.setResolved': ({ id, resolved }) =>
      studio.current().transact((db) => setThreadResolved(db, id, resolved, now())),

    'review.status': () => ({ reviewCopy: isReviewCopy(studio.current().db) }),
    'review.copy': (request) => writeReviewCopy(studio.current(), request, now()),
    'review.merge': ({ path }) => mergeReview(studio.current(), path, now()),
    'review.site': ({ outPath, zip }) => writeReviewSite(studio.current(), { outPath, zip }),
  };
}
