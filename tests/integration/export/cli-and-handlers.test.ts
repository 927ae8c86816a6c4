/**
 * The export reaches users three ways: the CLI, the contract (`export.run` starting a job
 * with progress events) and the preview (`preview.*` + the studio's `files.readPreview`,
 * which a host serves).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli';
import { videoClip } from '../../support/export-course';
import { makeStudio } from '../../support/studio';
import { readZip } from '../../support/zip-reader';
import { exportFixture } from './fixture';

const fixture = exportFixture();

describe('course-studio export', () => {
  it('writes a package and says where', () => {
    const out = join(fixture.dir, 'cli-scorm.zip');
    const result = runCli([
      'export',
      fixture.course.path,
      '--format',
      'scorm2004',
      '--out',
      out,
      '--sco-per-lesson',
    ]);
    expect(result.code, result.stderr).toBe(0);
    // Progress the same way as import-video: plain lines when stderr is not a terminal.
    expect(result.stderr).toMatch(/^100%\s+write$/m);
    expect(result.stderr).not.toContain('\r');
    expect(result.stdout).toMatch(/^Wrote .*cli-scorm\.zip \(\d+ files, \d+ bytes\)\n$/);
    expect(readZip(out).map((entry) => entry.name)).toContain('imsmanifest.xml');
  });

  it('refuses an unknown format or a missing --out as a usage error', () => {
    expect(runCli(['export', fixture.course.path, '--format', 'pdf', '--out', 'x']).code).toBe(2);
    expect(runCli(['export', fixture.course.path, '--format', 'olx']).code).toBe(2);
    expect(
      runCli(['export', join(fixture.dir, 'none.course'), '--format', 'olx', '--out', 'x.tar.gz'])
        .code,
    ).toBe(1);
  });
});

describe('export.run and preview through the contract', () => {
  it('never replaces a folder of the user’s, only an empty one or an earlier site export', async () => {
    const { call, exportCourse } = makeStudio();
    await call('project.open', { path: fixture.course.path });
    const documents = join(fixture.dir, 'my-documents');
    mkdirSync(documents);
    writeFileSync(join(documents, 'thesis.docx'), 'years of work');
    await expect(exportCourse({ format: 'site', outPath: documents })).rejects.toMatchObject({
      code: 'FOLDER_NOT_EMPTY',
    });
    expect(readFileSync(join(documents, 'thesis.docx'), 'utf8')).toBe('years of work');

    const site = join(fixture.dir, 'site-again');
    await exportCourse({ format: 'site', outPath: site });
    await exportCourse({ format: 'site', outPath: site });
    expect(existsSync(join(site, 'index.html'))).toBe(true);
  });

  it('exports the open course, reporting progress, and leaves no partial file on failure', async () => {
    const { studio, call, exportCourse } = makeStudio();
    await call('project.open', { path: fixture.course.path });
    const progress: number[] = [];
    studio.onEvent((event, payload) => {
      if (event === 'job.progress') progress.push((payload as { fraction: number }).fraction);
    });
    const out = join(fixture.dir, 'contract.imscc');
    const result = await exportCourse({ format: 'imscc13', outPath: out });
    expect(result).toMatchObject({ format: 'imscc13', path: out, bytes: statSync(out).size });
    expect(progress.at(-1)).toBe(1);
    await expect(
      call('export.run', { format: 'epub' as never, outPath: out }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    // A target inside a file cannot be created: the error surfaces and nothing is left behind.
    await expect(
      exportCourse({ format: 'olx', outPath: join(out, 'inside.tar.gz') }),
    ).rejects.toThrow();
    expect(existsSync(join(out, 'inside.tar.gz'))).toBe(false);
  });

  it('builds the preview site the studio frame loads, from the same renderer and player', async () => {
    const { studio, call } = makeStudio();
    await call('project.open', { path: fixture.course.path });
    const lessonId = fixture.course.lessonIds[1]!;
    const page = await call('preview.lesson', { id: lessonId });
    expect(page.entry).toBe(`lesson-${lessonId}.html`);
    expect(page.files).toContain('player/player.js');
    const html = studio.files.readPreview(page.entry);
    expect(html?.mime).toBe('text/html');
    expect(html?.read(0, html.size).toString('utf8')).toContain('Quiz time &amp; &lt;checks&gt;');
    expect(studio.files.readPreview('player/player.js')?.mime).toBe('text/javascript');
    expect(studio.files.readPreview('../etc/passwd')).toBeNull();
    expect((await call('preview.course', {})).entry).toBe('index.html');
    await expect(call('preview.lesson', { id: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    // Media streams from the project's chunks, any range of it.
    const videoPath = page.files.find((path) => path.endsWith('/video.mp4'))!;
    const video = studio.files.readPreview(videoPath)!;
    const original = videoClip().files.get('video.mp4')!;
    expect(video).toMatchObject({ mime: 'video/mp4', size: original.length });
    expect(video.read(1000, 5000).equals(original.subarray(1000, 5000))).toBe(true);
    expect(Buffer.concat([...video.pieces(0, video.size)]).equals(original)).toBe(true);
    // The preview belongs to the open course: closing it takes the preview's files away.
    await call('project.close', {});
    expect(studio.files.readPreview(page.entry)).toBeNull();
    expect(studio.files.readAsset('anything')).toBeNull();
  });

  it('stores the passing score, which packages report as their mastery score', async () => {
    const { call, exportCourse } = makeStudio();
    await call('project.open', { path: fixture.course.path });
    expect(await call('course.update', { passingScore: 90 })).toMatchObject({ passingScore: 90 });
    await expect(call('course.update', { passingScore: 101 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    const out = join(fixture.dir, 'mastery.zip');
    await exportCourse({ format: 'scorm12', outPath: out });
    const manifest = readZip(out)
      .find((entry) => entry.name === 'imsmanifest.xml')!
      .data.toString('utf8');
    expect(manifest).toContain('<adlcp:masteryscore>90</adlcp:masteryscore>');
  });
});
