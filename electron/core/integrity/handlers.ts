/** The integrity methods of the contract: checking a course file's stored media. */
import type { StudioHandlers } from '../../shared/contract';
import type { StudioContext } from '../context';
import { checkCourseFile } from './chunk-check';

/** Handlers for `project.verify`. */
export function integrityHandlers(
  studio: Pick<StudioContext, 'current'>,
): Pick<StudioHandlers, 'project.verify'> {
  return {
    'project.verify': async () => checkCourseFile(studio.current().db),
  };
}
