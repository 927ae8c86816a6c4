/**
 * A full disk, for real: SQLite's max_page_count makes the project file refuse to grow exactly
 * as a full disk would (SQLITE_FULL), and ffmpeg writing to /dev/full gets ENOSPC. Each case
 * gives DISK_FULL, keeps what was saved before, and works again once there is room.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTranscode } from '../../electron/core/media/transcode';
import { findMediaTools } from '../../electron/core/media/tools';
import type { Db } from '../../electron/core/project/sqlite';
import { makeClip } from '../support/media';
import { makeStudio } from '../support/studio';

const dir = mkdtempSync(join(tmpdir(), 'cs-disk-full-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Lets the file grow by `pages` more pages (4 KiB each) and no further. */
function capGrowth(db: Db, pages: number): void {
  const count = db.pragma('page_count', { simple: true }) as number;
  db.pragma(`max_page_count = ${count + pages}`);
}

function uncap(db: Db): void {
  db.pragma('max_page_count = 4294967294');
}

const paragraphs = (text: string, n: number) => ({
  root: {
    type: 'root' as const,
    children: Array.from({ length: n }, () => ({
      type: 'paragraph',
      version: 1,
      children: [
        { type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' },
      ],
    })),
  },
});

describe('a full disk', () => {
  it('refuses a lesson save with DISK_FULL and keeps the last saved version', async () => {
    const { studio, call } = makeStudio();
    const course = await call('project.create', {
      path: join(dir, 'save.course'),
      title: 'Full',
      language: 'en',
    });
    const lessonId = course.outline[0]!.lessons[0]!.id;
    const small = paragraphs('Saved before the disk filled up. 磁盘满之前已保存。', 3);
    const { revision } = await call('lesson.save', { id: lessonId, doc: small, baseRevision: 0 });

    const db = studio.current().db;
    capGrowth(db, 2);
    const big = paragraphs('x'.repeat(1000), 400); // ~400 KB: needs ~100 more pages
    await expect(
      call('lesson.save', { id: lessonId, doc: big, baseRevision: revision }),
    ).rejects.toMatchObject({ code: 'DISK_FULL' });
    const kept = await call('lesson.get', { id: lessonId });
    expect(kept).toMatchObject({ revision, doc: small });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    uncap(db);
    // The editor retries the same save once there is room.
    await expect(
      call('lesson.save', { id: lessonId, doc: big, baseRevision: revision }),
    ).resolves.toEqual({ revision: revision + 1 });
  });

  it('fails a video import with DISK_FULL, stores nothing, and the retry succeeds', async () => {
    process.env.COURSE_STUDIO_TEMP = join(dir, 'tmp');
    const { studio, call } = makeStudio();
    await call('project.create', {
      path: join(dir, 'import.course'),
      title: 'Full',
      language: 'en',
    });
    const clip = makeClip(dir, 'talk.mp4', { width: 640, height: 360, seconds: 3 });
    const db = studio.current().db;
    capGrowth(db, 8);
    const { jobId, assetId } = await call('media.import', {
      path: clip,
      quality: 'fast',
      tuning: 'video',
    });
    const failed = await studio.jobs().settled(jobId);
    expect(failed).toMatchObject({ state: 'failed', error: { code: 'DISK_FULL' } });
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(count('SELECT count(*) AS n FROM job_chunks')).toBe(0);
    expect(count('SELECT count(*) AS n FROM chunks')).toBe(0);
    expect(count('SELECT count(*) AS n FROM media_files')).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    uncap(db);
    await call('jobs.retry', { jobId });
    expect(await studio.jobs().settled(jobId)).toMatchObject({ state: 'done' });
    expect(await call('media.get', { assetId })).toMatchObject({ state: 'ready' });
  }, 120_000);

  it('turns ffmpeg running out of space into DISK_FULL', async () => {
    const { ffmpeg } = findMediaTools();
    const work = runTranscode({
      ffmpeg,
      args: [
        '-v',
        'error',
        '-f',
        'lavfi',
        '-i',
        'testsrc2=s=320x180:d=2',
        '-c:v',
        'libx264',
        '-f',
        'mp4',
        '-y',
        '/dev/full',
      ],
      cwd: dir,
      durationSec: 2,
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    await expect(work).rejects.toMatchObject({ code: 'DISK_FULL' });
  });
});
