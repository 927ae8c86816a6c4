import { join } from 'node:path';
import { afterEach } from 'vitest';
import {
  dispatch,
  type ArgsOf,
  type MethodName,
  type ResultOf,
} from '../../electron/shared/contract';
import { Studio } from '../../electron/core/studio';
import { tempDir } from './temp';

const open: Studio[] = [];

afterEach(() => {
  for (const studio of open.splice(0)) studio.close();
});

/** A studio with its own settings folder, and a typed `call` that goes through validation. */
export function makeStudio() {
  const home = tempDir();
  const studio = new Studio({ host: 'web', homeDir: join(home, 'home') });
  open.push(studio);
  const call = <M extends MethodName>(
    method: M,
    args: ArgsOf<M>,
    origin = 'test',
  ): Promise<ResultOf<M>> =>
    dispatch(studio.handlers, method, args, { origin }) as Promise<ResultOf<M>>;
  /** An export from start to end, as the Export dialog runs it: start the job, await its result. */
  const exportCourse = async (args: ArgsOf<'export.run'>, origin = 'test') => {
    const { jobId } = await call('export.run', args, origin);
    return call('export.result', { jobId }, origin);
  };
  return { studio, call, exportCourse, dir: home };
}
