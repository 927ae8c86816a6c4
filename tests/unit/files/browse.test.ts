import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeStudio } from '../../support/studio';
import { tempDir } from '../../support/temp';

// os.homedir() follows HOME, so each test gets a home folder of its own.
let home = '';
let outside = '';
const savedHome = process.env.HOME;
beforeEach(() => {
  home = tempDir('course-studio-home-');
  outside = tempDir('course-studio-outside-');
  process.env.HOME = home;
  mkdirSync(join(home, 'Courses'));
  writeFileSync(join(home, 'Courses', 'physics.course'), '');
  writeFileSync(join(home, 'Courses', 'notes.txt'), 'notes');
  writeFileSync(join(home, '.secret'), '');
  writeFileSync(join(outside, 'private.course'), '');
  symlinkSync(outside, join(home, 'escape'));
  symlinkSync(join(home, 'Courses'), join(home, 'shortcut'));
});
afterEach(() => {
  process.env.HOME = savedHome;
});

describe('fs.list, the web host’s file browser', () => {
  it('starts at home, folders first, without hidden files or symlinks that lead out', async () => {
    const { call } = makeStudio();
    const listing = await call('fs.list', {});
    expect(listing.path).toBe(home);
    expect(listing.parent).toBeNull();
    expect(listing.roots).toEqual([{ kind: 'home', path: home }]);
    expect(listing.entries.map((entry) => [entry.name, entry.kind])).toEqual([
      ['Courses', 'folder'],
      ['shortcut', 'folder'],
    ]);
    const courses = await call('fs.list', {
      path: join(home, 'Courses'),
      extensions: ['.course'],
    });
    expect(courses.parent).toBe(home);
    expect(courses.entries).toEqual([
      {
        name: 'physics.course',
        path: join(home, 'Courses', 'physics.course'),
        kind: 'file',
        size: 0,
      },
    ]);
  });

  it('refuses folders outside home and the course’s folder, by path, by .. or by symlink', async () => {
    const { call } = makeStudio();
    for (const path of [outside, join(home, '..'), join(home, 'escape'), '/etc', 'Courses']) {
      await expect(call('fs.list', { path })).rejects.toMatchObject({ code: 'PATH_OUTSIDE_ROOTS' });
    }
    await expect(call('fs.list', { path: join(home, 'missing') })).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
    });
    await expect(
      call('fs.list', { path: join(home, 'Courses', 'notes.txt') }),
    ).rejects.toMatchObject({ code: 'NOT_A_FOLDER' });
    await expect(call('fs.list', { path: home, extensions: ['course'] })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });

  it('also lists the open course’s folder, even outside home', async () => {
    const { call } = makeStudio();
    const path = join(outside, 'open.course');
    await call('project.create', { path, title: 'Open', language: 'en' });
    const listing = await call('fs.list', { path: outside, extensions: ['.course'] });
    expect(listing.roots.map((root) => root.kind)).toEqual(['home', 'course']);
    expect(listing.parent).toBeNull();
    expect(listing.entries.map((entry) => entry.name)).toEqual(['open.course', 'private.course']);
    await call('project.close', {});
    await expect(call('fs.list', { path: outside })).rejects.toMatchObject({
      code: 'PATH_OUTSIDE_ROOTS',
    });
  });
});
