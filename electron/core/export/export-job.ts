/**
 * Export as a job of the project's task runner: run-only (an export interrupted by a crash or
 * a close ends cancelled, never re-runs: nobody waits for it any more), one at a time, its
 * progress the fraction of the package's bytes written.
 */
import { z } from 'zod';
import { methods } from '../../shared/contract';
import type { ExportResult } from '../../shared/model';
import type { JobKind } from '../jobs/types';
import type { Project } from '../project/project';
import { runExport, type ExportRequest } from './run-export';

export const EXPORT_JOB = 'export';

/** The job tray shows `title`: the name of the file or folder being written. */
const exportPayload = methods['export.run'].args.extend({ title: z.string() });

export type ExportPayload = z.output<typeof exportPayload>;

export function exportJobKind(project: Project): JobKind<ExportRequest> {
  return {
    persistent: false,
    concurrency: 1,
    parse: (payload) => exportPayload.parse(payload),
    run: (request, { signal, report }): Promise<ExportResult> =>
      runExport(project, request, {
        signal,
        onProgress: (fraction) => report({ fraction, phase: 'write' }),
      }),
  };
}
