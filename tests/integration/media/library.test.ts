/**
 * The media library through the contract: rename, chapters, captions, replace (same id,
 * captions kept, old chunks freed), delete (space reclaimed), failed imports, lesson usage.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dispatch,
  type ArgsOf,
  type MethodName,
  type ResultOf,
} from '../../../electron/shared/contract';
import type { Job } from '../../../electron/shared/model';
import { Studio } from '../../../electron/core/studio';
import { makeClip } from '../../support/media';

let dir: string;
let studio: Studio;
const events: { event: string; payload: unknown }[] = [];

function call<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  return dispatch(studio.handlers, method, args, { origin: 'test' }) as Promise<ResultOf<M>>;
}

const count = (sql: string) => (studio.current().db.prepare(sql).get() as { n: number }).n;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cs-library-'));
  process.env.COURSE_STUDIO_TEMP = join(dir, 'tmp');
  studio = new Studio({ host: 'web', homeDir: join(dir, 'home') });
  studio.onEvent((event, payload) => events.push({ event, payload }));
  await call('project.create', { path: join(dir, 'lib.course'), title: 'Library', language: 'en' });
});
afterAll(() => {
  studio?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the media library', () => {
  let assetId: string;

  it('imports into a lesson, with captions that arrive while it is still importing', async () => {
    const lessonId = (await call('outline.get', {}))[0]!.lessons[0]!.id;
    const clip = makeClip(dir, 'a.mp4', { width: 320, height: 180, seconds: 3 });
    const srt = join(dir, 'late.srt');
    writeFileSync(srt, '1\n00:00:00,000 --> 00:00:01,000\nLate caption\n');
    const { jobId, assetId: id } = await call('media.import', {
      path: clip,
      lessonId,
      quality: 'fast',
      name: 'Week 1',
    });
    assetId = id;
    expect((await call('media.get', { assetId })).state).toMatch(/queued|processing/);
    expect(await call('captions.add', { assetId, path: srt, lang: 'es' })).toEqual([
      { lang: 'es', label: 'Español' },
    ]);
    expect(await studio.jobs().settled(jobId)).toMatchObject({ state: 'done' });

    const asset = await call('media.get', { assetId });
    expect(asset).toMatchObject({
      name: 'Week 1',
      state: 'ready',
      meta: { lessonId, rungs: [180], captions: [{ lang: 'es' }] },
    });
    expect(asset.files.map((f) => f.name)).toContain('captions/es.vtt');
    const kinds = events.map((e) => e.event);
    expect(kinds).toEqual(
      expect.arrayContaining(['job.changed', 'job.progress', 'project.changed']),
    );
    const states = events
      .filter((e) => e.event === 'job.changed')
      .map((e) => (e.payload as Job).state);
    expect(states).toEqual(['queued', 'running', 'done']);
  });

  it('renames, sets chapters in order and refuses chapters past the end', async () => {
    expect((await call('media.rename', { assetId, name: 'Week 1: Vectors' })).name).toBe(
      'Week 1: Vectors',
    );
    const updated = await call('media.setChapters', {
      assetId,
      chapters: [
        { time: 2, title: 'Examples' },
        { time: 0, title: 'Intro' },
      ],
    });
    expect(updated.meta!.chapters).toEqual([
      { time: 0, title: 'Intro' },
      { time: 2, title: 'Examples' },
    ]);
    await expect(
      call('media.setChapters', { assetId, chapters: [{ time: 99, title: 'Later' }] }),
    ).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });

  it('adds and removes caption tracks', async () => {
    const vtt = join(dir, 'en.vtt');
    writeFileSync(vtt, 'WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n');
    expect(
      (await call('captions.add', { assetId, path: vtt, lang: 'en', label: 'English (CC)' })).map(
        (t) => t.label,
      ),
    ).toEqual(['Español', 'English (CC)']);
    expect(await call('captions.remove', { assetId, lang: 'es' })).toEqual([
      { lang: 'en', label: 'English (CC)' },
    ]);
    expect((await call('media.get', { assetId })).files.map((f) => f.name)).not.toContain(
      'captions/es.vtt',
    );
  });

  it('replaces the video in place: same id, same lessons, captions and chapters kept, old chunks freed', async () => {
    const lessonId = (await call('outline.get', {}))[0]!.lessons[0]!.id;
    const lesson = await call('lesson.get', { id: lessonId });
    const doc = {
      root: {
        ...lesson.doc.root,
        type: 'root' as const,
        children: [...lesson.doc.root.children, { type: 'video', version: 1, assetId }],
      },
    };
    await call('lesson.save', { id: lessonId, doc, baseRevision: lesson.revision });
    const oldChunks = count('SELECT count(*) AS n FROM chunks');

    const bigger = makeClip(dir, 'b.mp4', { width: 640, height: 360, seconds: 2 });
    const { jobId } = await call('media.replace', { assetId, path: bigger, quality: 'fast' });
    expect(await studio.jobs().settled(jobId)).toMatchObject({ state: 'done' });
    const asset = await call('media.get', { assetId });
    expect(asset).toMatchObject({
      id: assetId,
      name: 'Week 1: Vectors',
      usedIn: [lessonId],
      meta: {
        rungs: [360],
        sourceName: 'b.mp4',
        durationSec: 2,
        captions: [{ lang: 'en' }],
        chapters: [{ time: 0, title: 'Intro' }],
      },
    });
    expect(
      count(
        `SELECT count(*) AS n FROM media_files WHERE asset_id = '${assetId}' AND name LIKE 'hls/180p/%'`,
      ),
    ).toBe(0);
    expect(
      count(
        'SELECT count(*) AS n FROM chunks WHERE hash NOT IN (SELECT hash FROM media_file_chunks)',
      ),
    ).toBe(0);
    expect(oldChunks).toBeGreaterThan(0);
  });

  it('refuses to replace a video with sound only', async () => {
    const audio = makeClip(dir, 'c.wav', { picture: null, seconds: 1 });
    await expect(call('media.replace', { assetId, path: audio })).rejects.toMatchObject({
      code: 'MEDIA_NOT_VIDEO',
    });
  });

  it('shows a failed import with its error, and deletes media reclaiming its space', async () => {
    const gone = makeClip(dir, 'gone.mp4', { seconds: 1 });
    // Queued behind another import, so the file is gone before its job looks at it again.
    const ahead = await call('media.import', {
      path: join(dir, 'b.mp4'),
      quality: 'fast',
      tuning: 'video',
    });
    const { jobId, assetId: failedId } = await call('media.import', {
      path: gone,
      tuning: 'video',
    });
    rmSync(gone);
    const failed = await studio.jobs().settled(jobId);
    await call('media.delete', { assetId: ahead.assetId });
    expect(failed).toMatchObject({ state: 'failed', error: { code: 'FILE_NOT_FOUND' } });
    expect((await call('media.list', {})).find((a) => a.id === failedId)).toMatchObject({
      state: 'failed',
      error: { code: 'FILE_NOT_FOUND' },
    });

    await call('media.delete', { assetId: failedId });
    expect((await call('media.list', {})).map((a) => a.id)).not.toContain(failedId);

    const db = studio.current().db;
    const pages = () => db.pragma('page_count', { simple: true }) as number;
    const before = pages();
    await call('media.delete', { assetId });
    expect(count('SELECT count(*) AS n FROM chunks')).toBe(0);
    expect(count('SELECT count(*) AS n FROM media_files')).toBe(0);
    // The pages are free at once and given back to the disk in steps, between other work.
    expect(db.pragma('freelist_count', { simple: true })).toBeGreaterThan(0);
    await studio.current().spaceReclaimed();
    expect(db.pragma('freelist_count', { simple: true })).toBe(0);
    expect(pages()).toBeLessThan(before);
    await expect(call('media.get', { assetId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
