/**
 * Every kind of long work the studio runs, in one table, and the task runner of an open
 * project built from it. Adding a kind (publish, review copy) is one entry here: the runner,
 * its events, `jobs.cancel`, the job tray and the CLI's progress then work for it unchanged.
 */
import type { StudioContext } from './context';
import { EXPORT_JOB, exportJobKind } from './export/export-job';
import { JobQueue, type JobQueueOptions } from './jobs/queue';
import type { AnyJobKind } from './jobs/types';
import { IMPORT_JOB, importJobKind } from './media/import-job';
import { PUBLISH_JOB, publishJobKind, type PublishJobOptions } from './publish/publish-job';
import type { Project } from './project/project';

/** Origin of changes a job makes: no window made them, so every window refetches. */
export const JOB_ORIGIN = 'job';

/** What some kinds need beyond the project: where publish secrets and kept packages live. */
export interface JobServices {
  publish: Omit<PublishJobOptions, 'recorded'>;
}

function jobKinds(
  project: Project,
  context: Pick<StudioContext, 'changed'>,
  services: JobServices,
): Record<string, AnyJobKind> {
  return {
    [IMPORT_JOB]: importJobKind(project, () => context.changed('assets', JOB_ORIGIN)),
    [EXPORT_JOB]: exportJobKind(project),
    [PUBLISH_JOB]: publishJobKind(project, {
      ...services.publish,
      recorded: () => context.changed('publications', JOB_ORIGIN),
    }),
  };
}

/** The task runner of `project`, its events sent to every window. */
export function createJobQueue(
  project: Project,
  context: Pick<StudioContext, 'changed' | 'publish'>,
  options: JobQueueOptions,
  services: JobServices,
): JobQueue {
  return new JobQueue(
    project,
    jobKinds(project, context, services),
    {
      changed: (job) => context.publish('job.changed', job),
      progress: (progress) => context.publish('job.progress', progress),
      log: (jobId, message) => {
        // Warnings (an ffmpeg too old to keep the quality) are for everyone, not only debugging.
        if (process.env.COURSE_STUDIO_DEBUG || message.startsWith('warning:'))
          process.stderr.write(`[job ${jobId}] ${message}\n`);
      },
    },
    options,
  );
}
