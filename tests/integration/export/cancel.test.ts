/**
 * Cancelling an export, through the contract (`export.cancel`) and through the core's
 * AbortSignal in the middle of a large media file: the export stops with JOB_CANCELLED and
 * leaves its path as it was, with no temporary files beside it.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../../electron/core/export/run-export';
import { Project } from '../../../electron/core/project/project';
import type { ExportFormat } from '../../../electron/shared/model';
import { pathDigest } from '../../support/digest';
import { makeStudio } from '../../support/studio';
import { exportFixture } from './fixture';

const fixture = exportFixture();
/** A course whose lecture MP4 is 64 MiB, so a cancel can land inside it. */
const lecture = exportFixture({ videoMiB: 64 });

/** One of each writer: zip, tar.gz and a plain folder. */
const writers: [ExportFormat, string][] = [
  ['scorm12', 'package.zip'],
  ['olx', 'course.tar.gz'],
  ['site', 'site'],
];

/** A fresh folder to export into, so its whole listing can be compared afterwards. */
function outFolder(base: string, name: string): string {
  const folder = join(base, name);
  mkdirSync(folder);
  return folder;
}

describe('export.cancel', () => {
  it.each(writers)(
    '%s: cancelling after the first progress event rejects with JOB_CANCELLED and leaves the path as it was',
    async (format, name) => {
      const { studio, call } = makeStudio();
      await call('project.open', { path: fixture.course.path });
      const folder = outFolder(fixture.dir, `cancel-${format}`);
      const outPath = join(folder, name);
      const cancelAtFirstProgress = () =>
        new Promise<boolean>((resolve) => {
          const stopListening = studio.onEvent((event) => {
            if (event !== 'export.progress') return;
            stopListening();
            resolve(call('export.cancel', {}));
          });
        });

      // Nothing at the path yet: nothing there afterwards, not even a temporary file.
      let cancelled = cancelAtFirstProgress();
      await expect(call('export.run', { format, outPath })).rejects.toMatchObject({
        code: 'JOB_CANCELLED',
      });
      expect(await cancelled).toBe(true);
      expect(readdirSync(folder)).toEqual([]);

      // An earlier export at the path is kept byte for byte.
      await call('export.run', { format, outPath });
      const before = pathDigest(outPath);
      cancelled = cancelAtFirstProgress();
      await expect(call('export.run', { format, outPath })).rejects.toMatchObject({
        code: 'JOB_CANCELLED',
      });
      expect(await cancelled).toBe(true);
      expect(pathDigest(outPath)).toBe(before);
      expect(readdirSync(folder)).toEqual([name]);

      // The user can start again, and that export finishes.
      const result = await call('export.run', { format, outPath });
      expect(result.path).toBe(outPath);
      expect(pathDigest(outPath)).toBe(before);
    },
  );

  it('refuses a second export while one runs, and reports when there was nothing to cancel', async () => {
    const { call } = makeStudio();
    await call('project.open', { path: fixture.course.path });
    expect(await call('export.cancel', {})).toBe(false);
    const folder = outFolder(fixture.dir, 'second');
    const first = call('export.run', { format: 'scorm12', outPath: join(folder, 'a.zip') });
    await expect(
      call('export.run', { format: 'cmi5', outPath: join(folder, 'b.zip') }),
    ).rejects.toMatchObject({ code: 'EXPORT_RUNNING' });
    await expect(first).resolves.toMatchObject({ format: 'scorm12' });
    expect(readdirSync(folder)).toEqual(['a.zip']);
    expect(await call('export.cancel', {})).toBe(false);
    await expect(
      call('export.run', { format: 'cmi5', outPath: join(folder, 'b.zip') }),
    ).resolves.toMatchObject({ format: 'cmi5' });
  });
});

describe('a cancelled export inside a large media file', () => {
  it.each(writers)('%s: stops within one chunk and leaves nothing', async (format, name) => {
    const folder = outFolder(lecture.dir, `lecture-${format}`);
    const controller = new AbortController();
    let afterAbort = 0;
    const project = Project.open(lecture.course.path);
    try {
      const run = runExport(
        project,
        { format, outPath: join(folder, name) },
        {
          signal: controller.signal,
          onProgress: (fraction) => {
            if (controller.signal.aborted) afterAbort += 1;
            // The lecture is nearly all of the package: a tenth in, it is being written.
            else if (fraction > 0.1) controller.abort();
          },
        },
      );
      await expect(run).rejects.toMatchObject({ code: 'JOB_CANCELLED' });
    } finally {
      project.close();
    }
    expect(controller.signal.aborted).toBe(true);
    expect(afterAbort).toBe(0);
    expect(readdirSync(folder)).toEqual([]);
  });
});
