/** The export and preview methods of the contract. */
import { basename, resolve } from 'node:path';
import type { StudioHandlers } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { ExportResult } from '../../shared/model';
import type { StudioContext } from '../context';
import { getJob } from '../jobs/job-repo';
import { getLesson } from '../project/lesson-repo';
import { EXPORT_JOB, type ExportPayload } from './export-job';
import type { PreviewStore } from './preview';
import { checkExportStart } from './run-export';

type ExportMethods = 'export.run' | 'export.result' | 'preview.lesson' | 'preview.course';

/**
 * Handlers for `export.run`, `export.result` and `preview.*`. An export is a job of the
 * project's task runner (cancelled with `jobs.cancel`, closed with the course); the preview
 * lands in `previews`, which the hosts read.
 */
export function exportHandlers(
  context: Pick<StudioContext, 'current' | 'jobs'>,
  previews: PreviewStore,
): Pick<StudioHandlers, ExportMethods> {
  return {
    'export.run': ({ format, outPath, options }) => {
      const queue = context.jobs();
      // One export at a time: the studio has one open course, and two exports of it would
      // only compete for the disk (or for the same target).
      if (queue.active(EXPORT_JOB).length > 0) {
        throw new StudioError('EXPORT_RUNNING', 'An export of this course is already running.');
      }
      const target = resolve(outPath);
      // A wrong suffix, option or target is refused now, not when the job starts.
      checkExportStart(context.current(), { format, outPath: target, options });
      const payload: ExportPayload = {
        title: basename(target),
        format,
        outPath: target,
        ...(options ? { options } : {}),
      };
      return { jobId: queue.enqueue(EXPORT_JOB, payload, null).id };
    },
    'export.result': async ({ jobId }) => {
      const queue = context.jobs();
      if (getJob(context.current().db, jobId).kind !== EXPORT_JOB) {
        throw new StudioError('NOT_FOUND', `No export with id ${jobId}.`, { id: jobId });
      }
      const result = (await queue.outcome(jobId)) as ExportResult | undefined;
      // A result is kept for the session that ran the export, not stored in the course.
      if (!result) {
        throw new StudioError('NOT_FOUND', `The export ${jobId} ran in an earlier session.`, {
          id: jobId,
        });
      }
      return result;
    },
    'preview.lesson': async ({ id }) => {
      const project = context.current();
      getLesson(project.db, id);
      return previews.build(project, id);
    },
    'preview.course': async () => previews.build(context.current(), null),
  };
}
