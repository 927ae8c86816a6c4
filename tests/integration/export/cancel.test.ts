/**
 * Cancelling an export, through the contract (`jobs.cancel` with the export's job id, or
 * closing the course), through the core's AbortSignal
 * in the middle of a large media file, and with Ctrl+C in `course-studio export`: the export
 * stops with JOB_CANCELLED and leaves its path as it was, with no temporary files beside it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../../electron/core/export/run-export';
import { Project } from '../../../electron/core/project/project';
import type { ExportFormat, Job, JobProgress } from '../../../electron/shared/model';
import { makeClip } from '../../support/media';
import { cliPath } from '../../support/cli';
import { pathDigest } from '../../support/digest';
import { makeStudio } from '../../support/studio';
import { exportFixture } from './fixture';

const fixture = exportFixture();
/** A course whose lecture MP4 is 64 MiB, so a cancel can land inside it. */
const lecture = exportFixture({ videoMiB: 64 });
/** A 1 GiB lecture takes seconds to write: time enough to press Ctrl+C while it is written. */
const longLecture = exportFixture({ videoMiB: 1024 });

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

describe('closing the course during an export', () => {
  it('cancels the export job, which leaves nothing behind', async () => {
    const { studio, call, exportCourse } = makeStudio();
    await call('project.open', { path: lecture.course.path });
    const folder = outFolder(lecture.dir, 'close-during-export');
    const closeAtFirstProgress = new Promise<void>((resolve) => {
      const stopListening = studio.onEvent((event) => {
        if (event !== 'job.progress') return;
        stopListening();
        resolve(call('project.close', {}).then(() => undefined));
      });
    });
    await expect(
      exportCourse({ format: 'scorm12', outPath: join(folder, 'package.zip') }),
    ).rejects.toMatchObject({ code: 'JOB_CANCELLED' });
    await closeAtFirstProgress;
    expect(readdirSync(folder)).toEqual([]);
    // The next course exports as usual, and the closed one's export job is not run again.
    await call('project.open', { path: fixture.course.path });
    const result = await exportCourse({ format: 'site', outPath: join(folder, 'site') });
    expect(existsSync(join(result.path, 'index.html'))).toBe(true);
    await call('project.open', { path: lecture.course.path });
    const exports = (await call('jobs.list', {})).filter((job) => job.kind === 'export');
    expect(exports.map((job) => job.state)).toEqual(['cancelled']);
    expect(readdirSync(folder)).toEqual(['site']);
  });
});

describe('an export job', () => {
  it.each(writers)(
    '%s: jobs.cancel after the first progress event ends it JOB_CANCELLED and leaves the path as it was',
    async (format, name) => {
      const { studio, call, exportCourse } = makeStudio();
      await call('project.open', { path: fixture.course.path });
      const folder = outFolder(fixture.dir, `cancel-${format}`);
      const outPath = join(folder, name);
      const cancelAtFirstProgress = () =>
        new Promise<Job>((resolve) => {
          const stopListening = studio.onEvent((event, payload) => {
            if (event !== 'job.progress') return;
            stopListening();
            resolve(call('jobs.cancel', { jobId: (payload as JobProgress).jobId }));
          });
        });

      // Nothing at the path yet: nothing there afterwards, not even a temporary file.
      let cancelled = cancelAtFirstProgress();
      await expect(exportCourse({ format, outPath })).rejects.toMatchObject({
        code: 'JOB_CANCELLED',
      });
      expect((await cancelled).kind).toBe('export');
      expect(readdirSync(folder)).toEqual([]);

      // An earlier export at the path is kept byte for byte.
      await exportCourse({ format, outPath });
      const before = pathDigest(outPath);
      cancelled = cancelAtFirstProgress();
      await expect(exportCourse({ format, outPath })).rejects.toMatchObject({
        code: 'JOB_CANCELLED',
      });
      await cancelled;
      expect(pathDigest(outPath)).toBe(before);
      expect(readdirSync(folder)).toEqual([name]);

      // The user can start again, and that export finishes.
      const result = await exportCourse({ format, outPath });
      expect(result.path).toBe(outPath);
      expect(pathDigest(outPath)).toBe(before);
      // Every attempt is a job in the tray's list (newest first), labelled with what it writes.
      const jobs = (await call('jobs.list', {})).slice(0, 4);
      expect(jobs.map((job) => [job.state, job.title])).toEqual([
        ['done', name],
        ['cancelled', name],
        ['done', name],
        ['cancelled', name],
      ]);
    },
  );

  it('is refused while another export runs, and has no cancel without an id', async () => {
    const { call, exportCourse } = makeStudio();
    await call('project.open', { path: fixture.course.path });
    const folder = outFolder(fixture.dir, 'second');
    const first = exportCourse({ format: 'scorm12', outPath: join(folder, 'a.zip') });
    await expect(
      call('export.run', { format: 'cmi5', outPath: join(folder, 'b.zip') }),
    ).rejects.toMatchObject({ code: 'EXPORT_RUNNING' });
    await expect(call('jobs.cancel', {} as never)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(call('export.cancel' as never, {} as never)).rejects.toMatchObject({
      code: 'UNKNOWN_METHOD',
    });
    await expect(call('export.result', { jobId: 'no-such-job' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(first).resolves.toMatchObject({ format: 'scorm12' });
    expect(readdirSync(folder)).toEqual(['a.zip']);
    const { jobId } = await call('export.run', { format: 'cmi5', outPath: join(folder, 'b.zip') });
    await expect(call('export.result', { jobId })).resolves.toMatchObject({ format: 'cmi5' });
    // The result belongs to the session that ran the export; a later one is told so.
    await call('project.close', {});
    const later = makeStudio();
    await later.call('project.open', { path: fixture.course.path });
    await expect(later.call('export.result', { jobId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it("keeps running when a second window cancels that window's own job", async () => {
    const { studio, call, exportCourse, dir } = makeStudio();
    await call('project.open', { path: lecture.course.path });
    const folder = outFolder(lecture.dir, 'two-windows');
    // Window B imports a clip (another kind, so it runs beside the export)...
    const clip = makeClip(dir, 'clip.mp4', { seconds: 8 });
    const { jobId } = await call('media.import', { path: clip }, 'window-b');
    // ...and cancels it while window A's export of the 64 MiB lecture is being written.
    let exportState: string | undefined;
    const cancelled = new Promise<Job>((resolve) => {
      const stopListening = studio.onEvent((event, payload) => {
        const progress = payload as JobProgress;
        if (event !== 'job.progress' || progress.jobId === jobId) return;
        stopListening();
        exportState = studio
          .jobs()
          .list()
          .find((job) => job.id === progress.jobId)?.state;
        resolve(call('jobs.cancel', { jobId }, 'window-b'));
      });
    });
    const exported = exportCourse(
      { format: 'scorm12', outPath: join(folder, 'a.zip') },
      'window-a',
    );
    await cancelled;
    expect(exportState).toBe('running');
    await expect(exported).resolves.toMatchObject({ format: 'scorm12' });
    const jobs = await call('jobs.list', {});
    expect(jobs.find((job) => job.id === jobId)?.state).toBe('cancelled');
    expect(jobs.find((job) => job.kind === 'export' && job.title === 'a.zip')?.state).toBe('done');
    expect(readdirSync(folder)).toEqual(['a.zip']);
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

describe('course-studio export and Ctrl+C', () => {
  it('cancels the export job, removes its partial output and exits with 130', async () => {
    const folder = outFolder(longLecture.dir, 'out');
    const out = join(folder, 'package.zip');
    const child = spawn(process.execPath, [
      cliPath,
      'export',
      longLecture.course.path,
      '--format',
      'scorm12',
      '--out',
      out,
    ]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));

    // The writer's temporary file beside the target appears once the package is being written.
    const deadline = Date.now() + 60_000;
    while (readdirSync(folder).length === 0) {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`the export never started writing: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(readdirSync(folder)[0]).toMatch(/^\.package\.zip\.[0-9a-f]+\.partial$/);
    child.kill('SIGINT');

    expect(await exited).toBe(130);
    // Any progress lines as import-video prints them, then what Ctrl+C did.
    const lines = stderr.split('\n');
    expect(lines.slice(-3)).toEqual(['Cancelling…', 'Cancelled; nothing was written.', '']);
    for (const line of lines.slice(0, -3)) expect(line).toMatch(/^\d+%\s+write$/);
    expect(stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
  }, 120_000);
});
