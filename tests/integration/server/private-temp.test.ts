/**
 * Issue 9 item 9: uploads and job files pass through a temp folder that only this user can
 * enter (0700, ours, not a link), with files 0600, whatever another local user prepared.
 */
import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeJobTempDir, studioTempRoot } from '../../../electron/core/jobs/temp';
import { tempDir } from '../../support/temp';
import { hostWithCourse } from '../../support/web-host';

const saved = { TMPDIR: process.env.TMPDIR, COURSE_STUDIO_TEMP: process.env.COURSE_STUDIO_TEMP };
let tmp: string;

beforeEach(() => {
  tmp = tempDir();
  process.env.TMPDIR = tmp;
  delete process.env.COURSE_STUDIO_TEMP;
});
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const mode = (path: string) => statSync(path).mode & 0o7777;
const uid = process.getuid!();

describe('the studio temp folder', () => {
  it('is a per-user folder created 0700, and closed again if someone opened it', () => {
    const root = studioTempRoot();
    expect(root).toBe(join(tmp, `course-studio-${uid}`));
    expect(mode(root)).toBe(0o700);
    expect(lstatSync(root).uid).toBe(uid);
    const job = makeJobTempDir('job1', 1);
    expect(mode(job)).toBe(0o700);
  });

  it('never uses a folder another user made, or a link, in its place', () => {
    const planted = join(tmp, `course-studio-${uid}`);
    const attacker = join(tmp, 'attacker');
    mkdirSync(attacker, { mode: 0o777 });
    symlinkSync(attacker, planted);
    const root = studioTempRoot();
    expect(root).not.toBe(planted);
    expect(root.startsWith(join(tmp, `course-studio-${uid}-`))).toBe(true);
    expect(mode(root)).toBe(0o700);
    makeJobTempDir('job2', 1);
    expect(readdirSync(attacker)).toEqual([]);
  });

  it('uses a private folder inside a configured folder that others may write to', () => {
    const shared = join(tmp, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    process.env.COURSE_STUDIO_TEMP = shared;
    const root = studioTempRoot();
    expect(root).toBe(join(shared, `course-studio-${uid}`));
    expect(mode(root)).toBe(0o700);
    expect(mode(shared)).toBe(0o1777);
  });

  it.runIf(uid === 0)('refuses a folder owned by another user', () => {
    const planted = join(tmp, `course-studio-${uid}`);
    mkdirSync(planted, { mode: 0o700 });
    chownSync(planted, 65534, 65534);
    expect(studioTempRoot()).not.toBe(planted);
    process.env.COURSE_STUDIO_TEMP = planted;
    expect(() => studioTempRoot()).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('stores an upload 0600 in a 0700 folder of its own', async () => {
    const { origin, host } = await hostWithCourse();
    const response = await fetch(`${origin}/upload?name=lecture.mp4`, {
      method: 'POST',
      headers: { authorization: `Bearer ${host.token}` },
      body: 'not really a video',
    });
    const { value } = (await response.json()) as { value: { path: string } };
    expect(value.path.startsWith(join(tmp, `course-studio-${uid}`, 'uploads'))).toBe(true);
    expect(mode(value.path)).toBe(0o600);
    expect(mode(join(value.path, '..'))).toBe(0o700);
    expect(mode(join(value.path, '..', '..'))).toBe(0o700);
  });
});
