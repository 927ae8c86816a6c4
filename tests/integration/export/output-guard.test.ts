/**
 * Issue 9, items 1-3: an export replaces only an earlier export of this studio. It never
 * writes onto the open course or any other course, never replaces a file of the user's
 * without being asked, never writes through a link, device or pipe, and a re-exported site
 * keeps the files the user added next to it.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_MANIFEST } from '../../../electron/core/export/output-guard';
import { Project } from '../../../electron/core/project/project';
import { runCli } from '../../support/cli';
import { makeStudio } from '../../support/studio';
import { readZip } from '../../support/zip-reader';
import { exportFixture } from './fixture';

const fixture = exportFixture({ video: false });

const courseHeader = (path: string) => readFileSync(path).subarray(0, 16).toString('latin1');

describe('exporting onto a course', () => {
  it.each([
    ['scorm12', []],
    ['olx', []],
    ['site', ['--zip']],
  ])('the CLI refuses %s onto the course itself and leaves it whole', (format, extra) => {
    const before = readFileSync(fixture.course.path);
    const result = runCli([
      'export',
      fixture.course.path,
      '--format',
      format,
      '--out',
      fixture.course.path,
      ...extra,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/course/i);
    expect(readFileSync(fixture.course.path).equals(before)).toBe(true);
    const project = Project.open(fixture.course.path);
    project.close();
  });

  it('export.run refuses the open course, its WAL, and another course open elsewhere', async () => {
    const { call } = makeStudio();
    await call('project.open', { path: fixture.course.path });
    for (const outPath of [fixture.course.path, `${fixture.course.path}-wal`]) {
      await expect(call('export.run', { format: 'scorm12', outPath })).rejects.toMatchObject({
        code: 'EXPORT_ONTO_COURSE',
      });
    }
    // Later edits still land in the course: it was never replaced.
    await call('course.update', { title: 'Still here' });
    expect((await call('project.current', {}))?.course.title).toBe('Still here');

    const otherPath = join(fixture.dir, 'other.course');
    const other = Project.create(otherPath, { title: 'Other', language: 'en' });
    try {
      await expect(
        call('export.run', { format: 'cmi5', outPath: otherPath }),
      ).rejects.toMatchObject({ code: 'EXPORT_ONTO_COURSE' });
      // Even asked to replace, a course is never replaced.
      await expect(
        call('export.run', {
          format: 'imscc13',
          outPath: otherPath,
          options: { replaceExisting: true },
        }),
      ).rejects.toMatchObject({ code: 'EXPORT_ONTO_COURSE' });
    } finally {
      other.close();
    }
    expect(courseHeader(otherPath)).toBe('SQLite format 3\u0000');
    // A course renamed to anything else is recognised by its header.
    const renamed = join(fixture.dir, 'backup.zip');
    writeFileSync(renamed, readFileSync(otherPath));
    await expect(call('export.run', { format: 'scorm12', outPath: renamed })).rejects.toMatchObject(
      { code: 'EXPORT_ONTO_COURSE' },
    );
  });
});

describe('package exports replace only an earlier export', () => {
  it('refuses a document of the user’s unless the UI confirmed replacing it', async () => {
    const thesis = join(fixture.dir, 'thesis.docx');
    writeFileSync(thesis, 'years of work');
    const cli = runCli(['export', fixture.course.path, '--format', 'olx', '--out', thesis]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/not an earlier export/);
    expect(readFileSync(thesis, 'utf8')).toBe('years of work');

    const { call } = makeStudio();
    await call('project.open', { path: fixture.course.path });
    await expect(call('export.run', { format: 'scorm12', outPath: thesis })).rejects.toMatchObject({
      code: 'EXPORT_TARGET_EXISTS',
      details: { path: thesis, replaceable: true },
    });
    expect(readFileSync(thesis, 'utf8')).toBe('years of work');
    expect(readdirSync(fixture.dir).filter((name) => name.includes('.partial'))).toEqual([]);
    // Confirmed, the replace still needs the format's own file ending.
    await expect(
      call('export.run', {
        format: 'scorm12',
        outPath: thesis,
        options: { replaceExisting: true },
      }),
    ).rejects.toMatchObject({ code: 'EXPORT_WRONG_EXTENSION' });
    expect(readFileSync(thesis, 'utf8')).toBe('years of work');

    // A zip of the user's own: replaced only once the UI confirmed it.
    const ownZip = join(fixture.dir, 'notes.zip');
    writeFileSync(ownZip, 'not a package');
    await expect(call('export.run', { format: 'scorm12', outPath: ownZip })).rejects.toMatchObject({
      code: 'EXPORT_TARGET_EXISTS',
    });
    const { jobId } = await call('export.run', {
      format: 'scorm12',
      outPath: ownZip,
      options: { replaceExisting: true },
    });
    await call('export.result', { jobId });
    expect(readZip(ownZip).map((entry) => entry.name)).toContain('imsmanifest.xml');
  });

  it.each([
    ['scorm12', 'again.zip'],
    ['olx', 'again.tar.gz'],
    ['site', 'again-site.zip'],
  ] as const)('%s: an earlier export at the same path is replaced', async (format, name) => {
    const first = await fixture.exportTo(format, name);
    writeFileSync(join(fixture.dir, 'marker'), '');
    const second = await fixture.exportTo(format, name);
    expect(second.bytes).toBe(first.bytes);
    expect(second.warnings).toEqual([]);
    expect(statSync(second.path).size).toBe(second.bytes);
  });

  it('never writes through a symlink, a FIFO or a device', async () => {
    const { call } = makeStudio();
    await call('project.open', { path: fixture.course.path });
    const precious = join(fixture.dir, 'precious.txt');
    writeFileSync(precious, 'keep me');
    const link = join(fixture.dir, 'link.zip');
    symlinkSync(precious, link);
    const fifo = join(fixture.dir, 'pipe.zip');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const targets = [link, fifo];
    if (process.getuid?.() === 0) {
      // As root a device node can be made; /dev/null itself was replaced before the guard.
      const device = join(fixture.dir, 'null.zip');
      expect(spawnSync('mknod', [device, 'c', '1', '3']).status).toBe(0);
      targets.push(device);
    }
    for (const outPath of targets) {
      await expect(call('export.run', { format: 'scorm12', outPath })).rejects.toMatchObject({
        code: 'EXPORT_TARGET_NOT_REGULAR',
      });
      await expect(
        call('export.run', { format: 'site', outPath, options: { replaceExisting: true } }),
      ).rejects.toMatchObject({ code: 'EXPORT_TARGET_NOT_REGULAR' });
    }
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readFileSync(precious, 'utf8')).toBe('keep me');
  });

  it('never replaces a folder with a package', async () => {
    const folder = join(fixture.dir, 'a-site-folder');
    await fixture.exportTo('site', 'a-site-folder');
    await expect(fixture.exportTo('scorm12', 'a-site-folder')).rejects.toMatchObject({
      code: 'EXPORT_TARGET_EXISTS',
    });
    expect(existsSync(join(folder, 'index.html'))).toBe(true);
  });
});

describe('re-exporting a site folder', () => {
  it('keeps the user’s files and replaces only what the earlier export wrote', async () => {
    const site = join(fixture.dir, 'site');
    await fixture.exportTo('site', 'site');
    const manifest = JSON.parse(readFileSync(join(site, SITE_MANIFEST), 'utf8')) as {
      files: string[];
    };
    expect(manifest.files).toContain('index.html');
    writeFileSync(join(site, 'my-notes.txt'), 'notes for next term');
    mkdirSync(join(site, 'mine'));
    writeFileSync(join(site, 'mine', 'draft.html'), '<p>mine</p>');
    // A file the earlier export wrote and the next does not is removed.
    const stale = join(site, 'player', 'stale-from-older-export.js');
    writeFileSync(stale, '');
    writeFileSync(
      join(site, SITE_MANIFEST),
      JSON.stringify({ files: [...manifest.files, 'player/stale-from-older-export.js'] }),
    );

    await fixture.exportTo('site', 'site');
    expect(readFileSync(join(site, 'my-notes.txt'), 'utf8')).toBe('notes for next term');
    expect(readFileSync(join(site, 'mine', 'draft.html'), 'utf8')).toBe('<p>mine</p>');
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(join(site, 'index.html'))).toBe(true);
    expect(readdirSync(fixture.dir).filter((name) => name.includes('.partial'))).toEqual([]);
  });

  it('refuses when a file of the user’s is where the export writes, touching nothing', async () => {
    const site = join(fixture.dir, 'site-clash');
    await fixture.exportTo('site', 'site-clash');
    const manifestPath = join(site, SITE_MANIFEST);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: string[] };
    // The user replaced the start page with their own and dropped it from the list.
    writeFileSync(join(site, 'index.html'), 'my own start page');
    writeFileSync(
      manifestPath,
      JSON.stringify({ files: manifest.files.filter((file) => file !== 'index.html') }),
    );
    await expect(fixture.exportTo('site', 'site-clash')).rejects.toMatchObject({
      code: 'EXPORT_TARGET_EXISTS',
    });
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('my own start page');
  });

  it('a site exported before manifests existed is replaced file by file, keeping the user’s', async () => {
    const site = join(fixture.dir, 'site-legacy');
    await fixture.exportTo('site', 'site-legacy');
    rmSync(join(site, SITE_MANIFEST));
    writeFileSync(join(site, 'my-notes.txt'), 'mine');
    await fixture.exportTo('site', 'site-legacy');
    expect(readFileSync(join(site, 'my-notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(site, SITE_MANIFEST))).toBe(true);
  });

  it('a manifest that points outside the folder deletes nothing', async () => {
    const site = join(fixture.dir, 'site-hostile');
    await fixture.exportTo('site', 'site-hostile');
    const outside = join(fixture.dir, 'outside.txt');
    writeFileSync(outside, 'outside');
    writeFileSync(join(site, SITE_MANIFEST), JSON.stringify({ files: ['../outside.txt'] }));
    await expect(fixture.exportTo('site', 'site-hostile')).rejects.toMatchObject({
      code: 'FOLDER_NOT_EMPTY',
    });
    expect(readFileSync(outside, 'utf8')).toBe('outside');
  });

  it('never writes through a linked folder inside the site', async () => {
    const site = join(fixture.dir, 'site-linked');
    await fixture.exportTo('site', 'site-linked');
    const elsewhere = join(fixture.dir, 'elsewhere');
    mkdirSync(elsewhere);
    rmSync(join(site, 'player'), { recursive: true });
    symlinkSync(elsewhere, join(site, 'player'));
    await expect(fixture.exportTo('site', 'site-linked')).rejects.toMatchObject({
      code: 'EXPORT_TARGET_EXISTS',
    });
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});
