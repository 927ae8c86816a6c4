/**
 * Running short of disk space during an import, on a real small file system: a 320 MiB tmpfs
 * as the temp folder. The import is refused before any work when its outputs clearly cannot
 * fit, and a running transcode stops once the disk gets down to the reserve kept free for the
 * system; both say how much is needed and free, store nothing, and retry once there is room.
 * Mounting needs root (as CI runs); elsewhere the file says so and skips.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freeBytes, SPACE_RESERVE_BYTES } from '../../../electron/core/media/disk-space';
import type { JobProgress } from '../../../electron/shared/model';
import { makeClip, rowCounts } from '../../support/media';
import { makeStudio } from '../../support/studio';

const MiB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'cs-space-'));
const small = join(dir, 'small-disk');
let mounted = false;
try {
  execFileSync('mkdir', ['-p', small]);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=320m', 'tmpfs', small], { stdio: 'pipe' });
  mounted = true;
} catch (error) {
  console.log(
    `[disk-space.test] skipped: cannot mount a small tmpfs here (${(error as Error).message.split('\n')[0]})`,
  );
}
afterAll(() => {
  if (mounted) {
    try {
      execFileSync('umount', [small], { stdio: 'pipe' });
    } catch {
      // Something still holds it (a straggling ffmpeg): detach it now, it goes when released.
      execFileSync('umount', ['-l', small], { stdio: 'pipe' });
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

/** Fills the small disk until `bytes` stay free. */
function leaveFree(bytes: number, name: string): string {
  const filler = join(small, name);
  writeFileSync(filler, Buffer.alloc(Math.max(0, freeBytes(small) - bytes)));
  return filler;
}

describe.skipIf(!mounted)('an import short of disk space', () => {
  it('is refused before any work when its outputs clearly cannot fit', async () => {
    process.env.COURSE_STUDIO_TEMP = join(small, 'tmp');
    const { studio, call } = makeStudio();
    await call('project.create', { path: join(dir, 'a.course'), title: 'A', language: 'en' });
    const clip = makeClip(dir, 'talk20.mp4', { width: 640, height: 360, seconds: 20 });
    const filler = leaveFree(SPACE_RESERVE_BYTES + 2 * MiB, 'filler-a');
    const before = rowCounts(studio.current().db);
    let transcoding = false;
    studio.onEvent((event, payload) => {
      if (event === 'job.progress' && (payload as JobProgress).phase === 'transcode')
        transcoding = true;
    });

    const { jobId, assetId } = await call('media.import', { path: clip, quality: 'fast' });
    const job = await studio.jobs().settled(jobId);
    expect(job).toMatchObject({
      state: 'failed',
      error: {
        code: 'NOT_ENOUGH_SPACE',
        details: { neededGb: expect.stringMatching(/^\d+\.\d$/), freeGb: '0.3' },
      },
    });
    expect(transcoding).toBe(false);
    expect({ ...rowCounts(studio.current().db), jobs: before.jobs }).toEqual(before);
    expect(readdirSync(join(small, 'tmp', 'jobs'))).toEqual([]);

    rmSync(filler);
    await call('jobs.retry', { jobId });
    expect(await studio.jobs().settled(jobId)).toMatchObject({ state: 'done' });
    expect(await call('media.get', { assetId })).toMatchObject({ state: 'ready' });
  }, 120_000);

  it('stops a running transcode once the disk is down to the reserve', async () => {
    process.env.COURSE_STUDIO_TEMP = join(small, 'tmp');
    const { studio, call } = makeStudio();
    await call('project.create', { path: join(dir, 'b.course'), title: 'B', language: 'en' });
    const clip = makeClip(dir, 'talk40.mp4', { width: 960, height: 540, seconds: 40 });
    const { jobId } = await call('media.import', {
      path: clip,
      quality: 'fast',
      tuning: 'video',
    });
    // Another program fills the disk while ffmpeg works.
    let filler = '';
    const stop = studio.onEvent((event, payload) => {
      if (event !== 'job.progress' || (payload as JobProgress).phase !== 'transcode') return;
      stop();
      filler = leaveFree(SPACE_RESERVE_BYTES - 8 * MiB, 'filler-b');
    });
    const job = await studio.jobs().settled(jobId);
    expect(job).toMatchObject({ state: 'failed', error: { code: 'NOT_ENOUGH_SPACE' } });
    expect(existsSync(filler)).toBe(true);
    expect(readdirSync(join(small, 'tmp', 'jobs'))).toEqual([]);
    expect(rowCounts(studio.current().db)).toMatchObject({ assets: 0, chunks: 0, media_files: 0 });
    rmSync(filler);
  }, 120_000);
});
