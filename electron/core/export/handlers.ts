/** The export and preview methods of the contract. */
import type { StudioHandlers } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import { getLesson } from '../project/lesson-repo';
import type { Studio } from '../studio';
import { buildPreview } from './preview';
import { runExport } from './run-export';

type ExportHandlers = Pick<
  StudioHandlers,
  'export.run' | 'export.cancel' | 'preview.lesson' | 'preview.course'
>;

/** Handlers for `export.run`, `export.cancel`, `preview.lesson` and `preview.course`. */
export function exportHandlers(studio: Studio): ExportHandlers {
  // One export at a time: the studio has one open course, and two exports of it would only
  // compete for the disk (or for the same target).
  let running: AbortController | null = null;
  // Closing or switching the course stops its export: the export reads the course's media.
  studio.onProjectClosing(() => running?.abort());
  return {
    'export.run': async ({ format, outPath, options }) => {
      const project = studio.current();
      if (running) {
        throw new StudioError('EXPORT_RUNNING', 'An export of this course is already running.');
      }
      const controller = new AbortController();
      running = controller;
      let last = 0;
      try {
        return await runExport(
          project,
          { format, outPath, options },
          {
            signal: controller.signal,
            onProgress: (fraction) => {
              const now = Date.now();
              // A few events a second are enough for a progress bar.
              if (fraction < 1 && now - last < 250) return;
              last = now;
              studio.publish('export.progress', { outPath, fraction });
            },
          },
        );
      } finally {
        running = null;
      }
    },
    'export.cancel': () => {
      if (!running) return false;
      running.abort();
      return true;
    },
    'preview.lesson': async ({ id }) => {
      const project = studio.current();
      getLesson(project.db, id);
      return buildPreview(studio, project, id);
    },
    'preview.course': async () => buildPreview(studio, studio.current(), null),
  };
}
