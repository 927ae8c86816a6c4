/**
 * Killing the process mid-transcode (SIGKILL: no cleanup runs): the course opens again, the
 * job is queued again, its leftovers and stray ffmpeg are removed, and it finishes.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/shared/contract';
import type { Job } from '../../../electron/shared/model';
import { Studio } from '../../../electron/core/studio';
import { cliPath, runCli } from '../../support/cli';
import { makeClip } from '../../support/media';

const root = mkdtempSync(join(tmpdir(), 'cs-crash-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Running, not merely a zombie waiting for a parent that is not us to reap it. */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return process.platform !== 'linux';
  }
};

describe('a crash mid-transcode', () => {
  it('leaves the job queued; reopening removes its leftovers and finishes it', async () => {
    // A folder per run, so a retry starts clean.
    const dir = mkdtempSync(join(root, 'run-'));
    const temp = join(dir, 'tmp');
    const course = join(dir, 'crash.course');
    expect(runCli(['new', course, '--title', 'Crash']).code).toBe(0);
    const clip = makeClip(dir, 'talk.mp4', { width: 960, height: 540, seconds: 16 });
    const env = { ...process.env, COURSE_STUDIO_TEMP: temp, COURSE_STUDIO_HOME: join(dir, 'home') };
    const child = spawn(
      process.execPath,
      [cliPath, 'import-video', course, clip, '--quality', 'fast', '--tuning', 'video'],
      { env },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    let stderr = '';
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (data: Buffer) => {
        stderr += data.toString();
        if (/\d+%\s+transcode/.test(stderr)) resolve();
      });
      void exited.then(() => reject(new Error(`import-video ended early: ${stderr}`)));
    });
    child.kill('SIGKILL');
    await exited;

    const [attempt] = readdirSync(join(temp, 'jobs'));
    const strayFfmpeg = Number(readFileSync(join(temp, 'jobs', attempt!, 'child.pid'), 'utf8'));
    const db = new Database(course, { readonly: true });
    const left = db.prepare('SELECT id, state FROM jobs').all() as Pick<Job, 'id' | 'state'>[];
    const assets = db.prepare('SELECT count(*) AS n FROM assets').get();
    db.close();
    expect(left).toEqual([{ id: expect.any(String), state: 'running' }]);
    expect(assets).toEqual({ n: 0 });

    process.env.COURSE_STUDIO_TEMP = temp;
    const studio = new Studio({ host: 'web', homeDir: join(dir, 'home') });
    try {
      await dispatch(studio.handlers, 'project.open', { path: course }, { origin: 'test' });
      if (process.platform === 'linux') expect(alive(strayFfmpeg)).toBe(false);
      expect(existsSync(join(temp, 'jobs', attempt!))).toBe(false);
      const job = await studio.jobs().settled(left[0]!.id);
      expect(job).toMatchObject({ state: 'done', attempts: 2 });
      const media = (await dispatch(studio.handlers, 'media.list', {}, { origin: 'test' })) as {
        state: string;
      }[];
      expect(media).toEqual([expect.objectContaining({ state: 'ready', kind: 'video' })]);
    } finally {
      studio.close();
    }
    expect(readdirSync(join(temp, 'jobs'))).toEqual([]);
  }, 180_000);
});
