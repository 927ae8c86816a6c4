/**
 * How a CLI command reaches the core: it opens the course in a Studio (the same engine the
 * web host and Electron drive) and calls contract methods through `dispatch`, so every CLI
 * argument is checked by the contract's zod schema, exactly like a click in the UI.
 */
import { Studio, type StudioOptions } from '../core/studio';
import { dispatch, type ArgsOf, type MethodName, type ResultOf } from '../shared/contract';
import type { CourseSnapshot } from '../shared/model';

/** Calls one contract method on the CLI's studio. */
export type CliCall = <M extends MethodName>(method: M, args: ArgsOf<M>) => Promise<ResultOf<M>>;

export interface CourseSession {
  studio: Studio;
  call: CliCall;
  /** The course `file` as opened (null when the command opened none). */
  course: CourseSnapshot | null;
}

/**
 * Runs `work` with `file` open through `project.open` (or no course, when `file` is null),
 * then closes the studio. A command is not the user choosing a course: it stays out of the
 * recent courses, and jobs an earlier session left (a crashed import) wait for the studio
 * instead of running here; jobs the command starts itself run.
 */
export async function withCourse<T>(
  file: string | null,
  work: (session: CourseSession) => Promise<T>,
  options: Partial<StudioOptions> = {},
): Promise<T> {
  const studio = new Studio({ host: 'web', rememberRecent: false, resumeJobs: false, ...options });
  const call: CliCall = (method, args) =>
    dispatch(studio.handlers, method, args, { origin: 'cli' }) as Promise<never>;
  try {
    const course = file === null ? null : await call('project.open', { path: file });
    return await work({ studio, call, course });
  } finally {
    studio.close();
  }
}
