/** The file browser's contract method, `fs.list`, limited to the browse roots. */
import type { StudioHandlers } from '../../shared/contract';
import type { StudioContext } from '../context';
import { browseRoots, listFolder } from './browse';

type FileHandlers = Pick<StudioHandlers, 'fs.list'>;

/** The open course's path, or null on the start screen. */
export function openCoursePath(studio: Pick<StudioContext, 'current'>): string | null {
  try {
    return studio.current().path;
  } catch {
    return null;
  }
}

export function fileHandlers(studio: Pick<StudioContext, 'current'>): FileHandlers {
  return {
    'fs.list': ({ path, extensions }) =>
      listFolder(path, browseRoots(openCoursePath(studio)), extensions),
  };
}
