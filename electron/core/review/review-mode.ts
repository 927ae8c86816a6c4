/**
 * Review mode: a review copy's content is read-only, its comments are not. The guard wraps the
 * whole handler table with an allowlist, so a method added later by any domain is refused in
 * a review copy until someone decides it only reads.
 */
import type { MethodName, StudioHandlers } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { Project } from '../project/project';
import type { Db } from '../project/sqlite';

const allowedInReview = new Set<MethodName>([
  'app.info',
  'settings.get',
  'settings.set',
  'project.create',
  'project.open',
  'project.current',
  'project.close',
  'outline.get',
  'lesson.get',
  'asset.list',
  'media.list',
  'media.get',
  'jobs.list',
  'preview.lesson',
  'preview.course',
  'export.run',
  'export.result',
  'jobs.cancel',
  'project.createSample',
  'project.verify',
  'media.extract',
  'fs.list',
  'captions.preview',
  'app.doctor',
  'course.check',
  'profiles.list',
  'publications.list',
  'snapshots.list',
  'snapshots.diff',
  'comments.list',
  'comments.add',
  'comments.setResolved',
  'review.status',
  'review.site',
]);

/** Whether the course file is a review copy. */
export function isReviewCopy(db: Db): boolean {
  return db.prepare('SELECT 1 FROM review_copy WHERE id = 1').get() !== undefined;
}

/** Wraps `handlers` so that, while a review copy is open, only allowed methods run. */
export function guardReviewMode(
  handlers: StudioHandlers,
  openProject: () => Project | null,
): StudioHandlers {
  const guarded = { ...handlers } as Record<string, (...args: never[]) => unknown>;
  for (const name of Object.keys(handlers) as MethodName[]) {
    if (allowedInReview.has(name)) continue;
    const handler = handlers[name] as (...args: never[]) => unknown;
    guarded[name] = (...args: never[]) => {
      const project = openProject();
      if (project && isReviewCopy(project.db)) {
        throw new StudioError(
          'REVIEW_READ_ONLY',
          'This course is a review copy: its content is read-only; comments can be added.',
          { method: name },
        );
      }
      return handler(...args);
    };
  }
  return guarded as unknown as StudioHandlers;
}
