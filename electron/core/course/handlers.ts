/** The course method of the contract: the course's own metadata. */
import type { StudioHandlers } from '../../shared/contract';
import type { StudioContext } from '../context';
import { getAsset } from '../project/asset-repo';
import { getCourse, updateCourse } from '../project/course-repo';
import { now } from '../project/ids';

export function courseHandlers(
  context: Pick<StudioContext, 'current' | 'changed'>,
): Pick<StudioHandlers, 'course.update'> {
  return {
    'course.update': (patch, { origin }) => {
      const project = context.current();
      if (patch.coverAssetId) getAsset(project.db, patch.coverAssetId);
      const course = project.transact((db) => {
        updateCourse(db, patch, now());
        return getCourse(db);
      });
      context.changed('course', origin);
      return course;
    },
  };
}
