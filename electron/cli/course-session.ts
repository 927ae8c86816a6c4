/**
 * How a CLI command reaches the core: it opens the course in a Studio (the same engine the
 * web host and Electron drive) and calls contract methods through `dispatch`, so every CLI
 * argument is checked by the contract's zod schema, exactly like a click in the UI.
 */
import { Studio, type StudioOptions } from '../core/studio';
import { dispatch, type ArgsOf, type MethodName, type ResultOf } from '../shared/contract';

/** Calls one contract method on the CLI's studio. */
export type CliCall = <M extends MethodName>(method: M, args: ArgsOf<M>) => Promise<ResultOf<M>>;

export interface CourseSession {
  studio: Studio;
  call: CliCall;
}

/** Runs `work` with `file` open (or no course, when `file` is null), then closes the studio. */
export async function withCourse<T>(
  file: string | null,
  work: (session: CourseSession) => Promise<T>,
  options: Partial<StudioOptions> = {},
): Promise<T> {
  const studio = new Studio({ host: 'web', ...options });
  const call: CliCall = (method, args) =>
    dispatch(studio.handlers, method, args, { origin: 'cli' }) as Promise<never>;
  try {
    if (file !== null) studio.openProject(file);
    return await work({ studio, call });
  } finally {
    studio.close();
  }
}
