/** The job queue of an open project, with the job kinds media needs and events wired. */
import type { EventName, EventPayload } from '../../shared/contract';
import type { ProjectChanged } from '../../shared/model';
import { JobQueue } from '../jobs/queue';
import type { AnyJobKind } from '../jobs/types';
import type { Project } from '../project/project';
import { IMPORT_JOB, importJobKind } from './import-job';

interface Notifier {
  publish<E extends EventName>(event: E, payload: EventPayload<E>): void;
  changed(reason: ProjectChanged['reason'], origin: string): void;
}

/** Origin of changes a job makes: no window made them, so every window refetches. */
export const JOB_ORIGIN = 'job';

export function createMediaJobQueue(
  project: Project,
  studio: Notifier,
  concurrency = 1,
  otherKinds: Record<string, AnyJobKind> = {},
): JobQueue {
  return new JobQueue(
    project,
    {
      [IMPORT_JOB]: importJobKind(project, () => studio.changed('assets', JOB_ORIGIN)),
      ...otherKinds,
    },
    {
      changed: (job) => studio.publish('job.changed', job),
      progress: (progress) => studio.publish('job.progress', progress),
      log: (jobId, message) => {
        if (process.env.COURSE_STUDIO_DEBUG) process.stderr.write(`[job ${jobId}] ${message}\n`);
      },
    },
    { concurrency },
  );
}
