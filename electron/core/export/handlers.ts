/** The export and preview methods of the contract. */
import type { StudioHandlers } from '../../shared/contract';
import { getLesson } from '../project/lesson-repo';
import type { Studio } from '../studio';
import { buildPreview } from './preview';
import { runExport } from './run-export';

type ExportHandlers = Pick<StudioHandlers, 'export.run' | 'preview.lesson' | 'preview.course'>;

/** Handlers for `export.run`, `preview.lesson` and `preview.course`. */
export function exportHandlers(studio: Studio): ExportHandlers {
  return {
    'export.run': async ({ format, outPath, options }) => {
      let last = 0;
      return runExport(
        studio.current(),
        { format, outPath, options },
        {
          onProgress: (fraction) => {
            const now = Date.now();
            // A few events a second are enough for a progress bar.
            if (fraction < 1 && now - last < 250) return;
            last = now;
            studio.publish('export.progress', { outPath, fraction });
          },
        },
      );
    },
    'preview.lesson': async ({ id }) => {
      const project = studio.current();
      getLesson(project.db, id);
      return buildPreview(studio, project, id);
    },
    'preview.course': async () => buildPreview(studio, studio.current(), null),
  };
}
