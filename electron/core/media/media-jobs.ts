/** The job queue of an open project, with the job kinds media needs and events wired. */
import type { EventName, EventPayload } from '../../shared/contract';
import type { ProjectChanged } from '../../shared/model';
import { JobQueue } from '../jobs/queue';
import type { Project } from '../project/project';
import { IMPORT_JOB, importJobKind } from './import-job';

interface Notifier {
  publish<E extends EventName>(event: E, payload: EventPayload<E>): void;
  changed(reason: ProjectChanged['reason'], origin: string): void;
}

/** Origin of changes a job makes: no window made them, so every window refetches. */
export const JOB_ORIGIN = 'job';

export function createMediaJobQueue(project: Project, studio: Notifier, concurrency = 1): JobQueue {
  return new JobQueue(
    project,
    { [IMPORT_JOB]: importJobKind(project, () => studio.changed('assets', JOB_ORIGIN)) },
    {
      changed: (job) => studio.publish('job.changed', job),
      progress: (progress) => studio.publish('job.progress', progress),
      log: (jobId, message) => {
        // Warnings (an ffmpeg too old to keep the quality) are for everyone, not only debugging.
        if (process.env.COURSE_STUDIO_DEBUG || message.startsWith('warning:'))
          process.stderr.write(`[job ${jobId}] ${message}\n`);
      },
    },
    { concurrency },
  );
}
