/** A studio with a publishable course open and quick retries, for connector tests. */
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { Studio } from '../../electron/core/studio';
import {
  dispatch,
  type ArgsOf,
  type MethodName,
  type ResultOf,
} from '../../electron/shared/contract';
import type { JobProgress } from '../../electron/shared/model';
import { makePublishableCourse } from './publish-course';
import { tempDir } from './temp';

const open: Studio[] = [];
afterEach(() => {
  for (const studio of open.splice(0)) studio.close();
});

export async function publishingStudio() {
  const dir = tempDir();
  const course = join(dir, 'course.course');
  makePublishableCourse(course);
  const studio = new Studio({
    host: 'web',
    homeDir: join(dir, 'home'),
    publish: { retryDelaysMs: [20, 20], pollMs: 5 },
  });
  open.push(studio);
  const call = <M extends MethodName>(method: M, args: ArgsOf<M>) =>
    dispatch(studio.handlers, method, args, { origin: 'test' }) as Promise<ResultOf<M>>;
  await call('project.open', { path: course });
  const phases: string[] = [];
  studio.onEvent((event, payload) => {
    if (event !== 'job.progress') return;
    const { phase } = payload as JobProgress;
    if (phases.at(-1) !== phase) phases.push(phase);
  });
  /** Runs a publish to `profile` to its end; returns the job and the newest publication. */
  const publish = async (profile: string, force = false) => {
    const { jobId } = await call('publish.run', { profile, force });
    const job = await studio.jobs().settled(jobId);
    const [publication] = await call('publications.list', {});
    return { job, publication: publication! };
  };
  return { studio, call, publish, phases, dir, course };
}
