/** The project methods of the contract: which course is open (create, open, close). */
import { resolve } from 'node:path';
import type { StudioHandlers } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { ProjectSwitch, StudioContext } from '../context';
import { Project } from './project';
import { buildSampleCourse } from './sample-course';

type ProjectMethods =
  'project.create' | 'project.createSample' | 'project.open' | 'project.current' | 'project.close';

export function projectHandlers(
  context: Pick<StudioContext, 'changed' | 'options'>,
  projects: ProjectSwitch,
): Pick<StudioHandlers, ProjectMethods> {
  /** Replacing the open course's own file under it would corrupt it. */
  const refuseOpenTarget = (target: string) => {
    if (projects.peek()?.path === target) {
      throw new StudioError('PROJECT_IN_USE', `${target} is the course that is open now.`, {
        path: target,
      });
    }
  };
  return {
    'project.create': ({ path, title, language, force }, { origin }) => {
      const target = resolve(path);
      refuseOpenTarget(target);
      const project = Project.create(target, {
        title,
        language,
        force,
        nativeBinding: context.options.nativeBinding,
      });
      projects.replace(project, origin);
      return project.snapshot();
    },
    'project.createSample': async ({ path, sample, force }, { origin }) => {
      const target = resolve(path);
      refuseOpenTarget(target);
      await buildSampleCourse(sample, target, {
        force,
        nativeBinding: context.options.nativeBinding,
      });
      const project = Project.open(target, context.options.nativeBinding);
      projects.replace(project, origin);
      return project.snapshot();
    },
    'project.open': ({ path }, { origin }) => {
      const target = resolve(path);
      const open = projects.peek();
      if (open?.path === target) return open.snapshot();
      const project = Project.open(target, context.options.nativeBinding);
      projects.replace(project, origin);
      return project.snapshot();
    },
    'project.current': () => projects.peek()?.snapshot() ?? null,
    'project.close': (_args, { origin }) => {
      projects.close();
      context.changed('closed', origin);
      return null;
    },
  };
}
