/**
 * Cancelling an import mid-transcode leaves nothing: no asset or file rows, no chunks, no
 * temp files, no ffmpeg. Retrying the cancelled job then imports into the same asset id.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dispatch,
  type ArgsOf,
  type MethodName,
  type ResultOf,
} from '../../../electron/shared/contract';
import type { JobProgress } from '../../../electron/shared/model';
import { Studio } from '../../../electron/core/studio';
import { makeClip, rowCounts } from '../../support/media';

let dir: string;
let clip: string;
let studio: Studio;

function call<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  return dispatch(studio.handlers, method, args, { origin: 'test' }) as Promise<ResultOf<M>>;
}

/** Resolves with the first progress event of `jobId` that passes `test`. */
function progressOf(jobId: string, test: (p: JobProgress) => boolean): Promise<JobProgress> {
  return new Promise((resolve) => {
    const stop = studio.onEvent((event, payload) => {
      const progress = payload as JobProgress;
      if (event === 'job.progress' && progress.jobId === jobId && test(progress)) {
        stop();
        resolve(progress);
      }
    });
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cs-cancel-'));
  process.env.COURSE_STUDIO_TEMP = join(dir, 'tmp');
  clip = makeClip(dir, 'long.mp4', { width: 960, height: 540, seconds: 16 });
  studio = new Studio({ host: 'web', homeDir: join(dir, 'home') });
  await call('project.create', { path: join(dir, 'c.course'), title: 'C', language: 'en' });
}, 60_000);

afterAll(() => {
  studio?.close();
  rmSync(dir, { recursive: true, force: true });
});

const jobsTemp = () => join(dir, 'tmp', 'jobs');

describe('cancelling an import', () => {
  it('mid-transcode kills ffmpeg and leaves no rows, chunks or temp files', async () => {
    const before = rowCounts(studio.current().db);
    const { jobId, assetId } = await call('media.import', {
      path: clip,
      quality: 'fast',
      tuning: 'video',
    });
    const midway = await progressOf(jobId, (p) => p.phase === 'transcode' && p.fraction > 0.05);
    expect(midway.fraction).toBeLessThan(0.9);
    expect(midway.speed).toBeGreaterThan(0);
    expect(midway.etaSeconds).toBeGreaterThan(0);
    const [attempt] = readdirSync(jobsTemp());
    const pid = Number(readFileSync(join(jobsTemp(), attempt!, 'child.pid'), 'utf8'));

    expect((await call('jobs.cancel', { jobId })).id).toBe(jobId);
    const job = await studio.jobs().settled(jobId);

    expect(job).toMatchObject({ state: 'cancelled', error: null, assetId });
    expect(rowCounts(studio.current().db)).toEqual({ ...before, jobs: before.jobs! + 1 });
    expect(readdirSync(jobsTemp())).toEqual([]);
    expect(() => process.kill(pid, 0)).toThrow();
    expect((await call('media.list', {})).map((a) => a.id)).not.toContain(assetId);
  }, 120_000);

  it('then retrying imports into the same asset id', async () => {
    const [cancelled] = await call('jobs.list', {});
    expect(cancelled!.state).toBe('cancelled');
    expect((await call('jobs.retry', { jobId: cancelled!.id })).state).toBe('queued');
    const done = await studio.jobs().settled(cancelled!.id);
    expect(done).toMatchObject({ state: 'done', attempts: 2 });
    const asset = await call('media.get', { assetId: cancelled!.assetId! });
    expect(asset).toMatchObject({ state: 'ready', meta: { rungs: [360, 540] } });
    expect(existsSync(jobsTemp()) ? readdirSync(jobsTemp()) : []).toEqual([]);
  }, 120_000);

  it('deleting media that is still importing cancels its job', async () => {
    const { jobId, assetId } = await call('media.import', {
      path: clip,
      quality: 'fast',
      tuning: 'video',
    });
    await progressOf(jobId, (p) => p.phase === 'transcode');
    expect((await call('media.list', {})).find((a) => a.id === assetId)).toMatchObject({
      state: 'processing',
      kind: 'video',
    });
    await call('media.delete', { assetId });
    expect(await studio.jobs().settled(jobId)).toMatchObject({ state: 'cancelled' });
    expect((await call('media.list', {})).map((a) => a.id)).not.toContain(assetId);
    expect(rowCounts(studio.current().db).job_chunks).toBe(0);
  }, 120_000);
});
