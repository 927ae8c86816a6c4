/** The lesson methods of the contract: a lesson's document and its pass mark. */
import type { StudioHandlers } from '../../shared/contract';
import type { StudioContext } from '../context';
import { snapshotWhileEditing } from '../review/auto-snapshots';
import { now } from '../project/ids';
import { getLesson, saveLesson, setLessonPassingScore } from '../project/lesson-repo';
import { getOutline } from '../project/outline-repo';

type LessonMethods = 'lesson.get' | 'lesson.setPassingScore' | 'lesson.save';

export function lessonHandlers(
  context: Pick<StudioContext, 'current' | 'changed'>,
): Pick<StudioHandlers, LessonMethods> {
  const current = () => context.current();
  const changed: StudioContext['changed'] = (...args) => context.changed(...args);
  return {
    'lesson.get': ({ id }) => getLesson(current().db, id),
    'lesson.setPassingScore': ({ id, passingScore }, { origin }) => {
      const outline = current().transact((db) => {
        setLessonPassingScore(db, id, passingScore);
        return getOutline(db);
      });
      changed('outline', origin);
      return outline;
    },
    'lesson.save': ({ id, doc, baseRevision }, { origin }) => {
      const revision = current().transact((db) => {
        // Every few minutes of editing leaves a snapshot to go back to.
        snapshotWhileEditing(db, now());
        return saveLesson(db, id, doc as Parameters<typeof saveLesson>[2], baseRevision, now());
      });
      changed('lesson', origin, { lessonId: id, revision });
      return { revision };
    },
  };
}
