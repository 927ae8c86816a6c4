/**
 * The outline methods of the contract: sections and lessons, their titles and order, and
 * undoable deletes (`outline.trash` keeps what it removed; `outline.restore` puts it back).
 */
import type { StudioHandlers } from '../../shared/contract';
import type { StudioContext } from '../context';
import { now } from '../project/ids';
import { insertLessonDocument } from '../project/lesson-repo';
import {
  addLessonNode,
  addSection,
  deleteNode,
  getOutline,
  moveNode,
  renameNode,
} from '../project/outline-repo';
import { restoreFromTrash, trashNode } from '../project/outline-trash';
import { snapshotBeforeBulkDelete } from '../review/auto-snapshots';

type OutlineMethods =
  | 'outline.get'
  | 'outline.addSection'
  | 'outline.addLesson'
  | 'outline.rename'
  | 'outline.delete'
  | 'outline.move'
  | 'outline.trash'
  | 'outline.restore';

export function outlineHandlers(
  context: Pick<StudioContext, 'current' | 'changed'>,
): Pick<StudioHandlers, OutlineMethods> {
  const current = () => context.current();
  const changed: StudioContext['changed'] = (...args) => context.changed(...args);
  return {
    'outline.get': () => getOutline(current().db),
    'outline.addSection': ({ title, index }, { origin }) => {
      const section = current().transact((db) => addSection(db, title, index));
      changed('outline', origin);
      return section;
    },
    'outline.addLesson': ({ sectionId, title, index }, { origin }) => {
      const lesson = current().transact((db) => {
        const node = addLessonNode(db, sectionId, title, index);
        insertLessonDocument(db, node.id, now());
        return node;
      });
      changed('outline', origin);
      return lesson;
    },
    'outline.rename': ({ id, title }, { origin }) => {
      const outline = current().transact((db) => {
        renameNode(db, id, title);
        return getOutline(db);
      });
      changed('outline', origin);
      return outline;
    },
    'outline.delete': ({ id }, { origin }) => {
      const outline = current().transact((db) => {
        snapshotBeforeBulkDelete(db, id, now());
        deleteNode(db, id);
        return getOutline(db);
      });
      changed('outline', origin);
      return outline;
    },
    'outline.move': ({ id, sectionId, index }, { origin }) => {
      const outline = current().transact((db) => {
        moveNode(db, id, sectionId, index);
        return getOutline(db);
      });
      changed('outline', origin);
      return outline;
    },
    'outline.trash': ({ id }, { origin }) => {
      const result = current().transact((db) => {
        // A whole section going is a bulk delete: a snapshot first, beside the undo.
        snapshotBeforeBulkDelete(db, id, now());
        const restoreToken = trashNode(db, id, now());
        return { outline: getOutline(db), restoreToken };
      });
      changed('outline', origin);
      return result;
    },
    'outline.restore': ({ restoreToken }, { origin }) => {
      const result = current().transact((db) => {
        const id = restoreFromTrash(db, restoreToken);
        return { outline: getOutline(db), id };
      });
      changed('outline', origin);
      return result;
    },
  };
}
