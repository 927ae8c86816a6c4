/**
 * Issue 9 item 10: titles and names lose their control characters at the contract boundary,
 * and what the CLI prints from a course file (which may be crafted) cannot drive a terminal.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertAsset } from '../../../electron/core/project/asset-repo';
import { runCli } from '../../support/cli';
import { makeClip } from '../../support/media';
import { makeStudio } from '../../support/studio';

const hostile = 'Intro\u001b]0;owned\u0007\u001b[2J\u0000 \u202eevil\u202c\u2066x\u2069\u009b1m';
// The terminal-driving characters of `hostile`, any one of which must not reach stdout.
// eslint-disable-next-line no-control-regex -- the test is about exactly these characters
const forbidden = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('control characters', () => {
  it('are dropped from titles and names by the contract', async () => {
    const { call, dir } = makeStudio();
    const created = await call('project.create', {
      path: join(dir, 'c.course'),
      title: hostile,
      language: 'en',
    });
    expect(created.course.title).toBe('Intro]0;owned[2J evilx1m');
    const [section] = await call('outline.get', {});
    const lesson = await call('outline.addLesson', {
      sectionId: section!.id,
      title: 'Line\none\ttwo\u0007',
    });
    expect(lesson.title).toBe('Line one two');
    const course = await call('course.update', { authors: ['Ann\u001b[31m'] });
    expect(course.authors).toEqual(['Ann[31m']);
    await expect(
      call('outline.rename', { id: lesson.id, title: '\u0000\u001b' }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('are dropped from a library name taken from the imported file name', async () => {
    const { call, dir, studio } = makeStudio();
    await call('project.create', { path: join(dir, 'm.course'), title: 'Media', language: 'en' });
    const clip = makeClip(dir, 'Lecture\u001b[2J\u202e1.mp4', { seconds: 1 });
    const { assetId, jobId } = await call('media.import', { path: clip });
    const names = (await call('media.list', {})).map((asset) => [asset.id, asset.name]);
    expect(names).toContainEqual([assetId, 'Lecture[2J1']);
    await studio.jobs().settled(jobId);
  });

  it('are printed escaped by info and media list, also from a crafted course file', async () => {
    const { call, dir, studio } = makeStudio();
    const file = join(dir, 'crafted.course');
    await call('project.create', { path: file, title: 'Plain', language: 'en' });
    studio.current().transact((db) => {
      insertAsset(
        db,
        { kind: 'video', name: hostile, mime: 'video/mp4', bytes: Buffer.from('x') },
        '',
      );
    });
    studio.close();
    // What an older version or a hand-made file holds: the title as raw bytes.
    const db = new Database(file);
    db.prepare('UPDATE course SET title = ?').run(hostile);
    db.prepare("UPDATE outline SET title = ? WHERE kind = 'lesson'").run(hostile);
    db.close();

    const info = runCli(['info', file]);
    expect(info.code).toBe(0);
    expect(info.stdout).not.toMatch(forbidden);
    expect(info.stdout).toContain('Intro\\u001b]0;owned\\u0007');
    expect(info.stdout).toContain('\\u202eevil');
    const json = runCli(['info', file, '--json']);
    expect(json.stdout).not.toMatch(forbidden);
    expect((JSON.parse(json.stdout) as { title: string }).title).toBe(hostile);

    for (const args of [
      ['media', 'list', file],
      ['media', 'list', file, '--json'],
    ]) {
      const list = runCli(args);
      expect(list.code).toBe(0);
      expect(list.stdout).not.toMatch(forbidden);
      expect(list.stdout).toContain('\\u202e');
    }
  });
});
