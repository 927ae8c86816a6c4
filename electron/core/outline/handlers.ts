/** Undoable outline deletes: `outline.trash` and `outline.restore`. */
import type { StudioHandlers } from '../../shared/contract';
import { now } from '../project/ids';
import { restoreFromTrash, trashNode } from '../project/outline-trash';
import { getOutline } from '../project/outline-repo';
import type { Studio } from '../studio';

type OutlineUndoHandlers = Pick<StudioHandlers, 'outline.trash' | 'outline.restore'>;

export function outlineUndoHandlers(
  studio: Pick<Studio, 'current' | 'changed'>,
): OutlineUndoHandlers {
  return {
    'outline.trash': ({ id }, { origin }) => {
      const result = studio.current().transact((db) => {
        const restoreToken = trashNode(db, id, now());
        return { outline: getOutline(db), restoreToken };
      });
      studio.changed('outline', origin);
      return result;
    },
    'outline.restore': ({ restoreToken }, { origin }) => {
      const result = studio.current().transact((db) => {
        const id = restoreFromTrash(db, restoreToken);
        return { outline: getOutline(db), id };
      });
      studio.changed('outline', origin);
      return result;
    },
  };
}
