/**
 * History (issue 12): snapshots through the contract on real course files: restore the whole
 * course or one lesson, undo a restore, automatic snapshots, summaries, diffs and file growth.
 */
import { execFileSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArgsOf } from '../../../electron/shared/contract';
import {
  createSnapshot,
  EDITING_SNAPSHOT_INTERVAL_MS,
} from '../../../electron/core/review/snapshot-store';
import type { LessonDocument } from '../../../electron/shared/model';
import { doc, paragraph, text } from '../../unit/content/builders';
import { makeStudio } from '../../support/studio';
import { insertVideoAsset } from '../../support/video-clip';

/** Lesson documents as the contract takes them. */
const asSaved = (document: unknown) => document as ArgsOf<'lesson.save'>['doc'];

const page = (...paragraphs: string[]): LessonDocument =>
  doc(...paragraphs.map((value) => paragraph(text(value))));

async function courseWithTwoLessons() {
  const { studio, call, dir } = makeStudio();
  const path = join(dir, 'history.course');
  const created = await call('project.create', { path, title: 'History', language: 'en' });
  const section = created.outline[0]!;
  const first = section.lessons[0]!;
  const second = await call('outline.addLesson', { sectionId: section.id, title: 'Second' });
  let revisions: Record<string, number> = { [first.id]: 0, [second.id]: 0 };
  const save = async (id: string, document: LessonDocument) => {
    const { revision } = await call('lesson.save', {
      id,
      doc: asSaved(document),
      baseRevision: revisions[id] ?? 0,
    });
    revisions = { ...revisions, [id]: revision };
  };
  const lessonText = async (id: string) =>
    JSON.stringify((await call('lesson.get', { id })).doc)
      .match(/"text":"([^"]*)"/g)
      ?.join('|');
  return { studio, call, path, section, first, second, save, lessonText };
}

/** Moves every snapshot back in time, as if `ms` had passed since they were taken. */
function age(studio: ReturnType<typeof makeStudio>['studio'], ms: number): void {
  const rows = studio.current().db.prepare('SELECT id, created_at FROM snapshots').all() as {
    id: string;
    created_at: string;
  }[];
  for (const row of rows) {
    studio
      .current()
      .db.prepare('UPDATE snapshots SET created_at = ? WHERE id = ?')
      .run(new Date(Date.parse(row.created_at) - ms).toISOString(), row.id);
  }
}

describe('snapshots', () => {
  it('restore the whole course, and restoring the snapshot taken first undoes it', async () => {
    const { call, first, second, save, lessonText } = await courseWithTwoLessons();
    await save(first.id, page('Newton wrote the first law.'));
    await save(second.id, page('Energy is conserved.'));
    const named = await call('snapshots.create', { name: 'Draft 1' });
    await save(first.id, page('Edited first lesson.'));
    await call('outline.rename', { id: second.id, title: 'Renamed' });
    await call('course.update', { title: 'New title' });

    const { undoSnapshotId } = await call('snapshots.restore', { snapshotId: named.id });

    expect(await lessonText(first.id)).toContain('Newton wrote the first law.');
    const snapshot = await call('project.current', {});
    expect(snapshot?.course.title).toBe('History');
    expect(snapshot?.outline[0]?.lessons.map((lesson) => lesson.title)).toEqual([
      first.title,
      'Second',
    ]);

    await call('snapshots.restore', { snapshotId: undoSnapshotId });
    expect(await lessonText(first.id)).toContain('Edited first lesson.');
    expect((await call('project.current', {}))?.course.title).toBe('New title');
  });

  it('restore one lesson while the others keep their edits', async () => {
    const { call, first, second, save, lessonText } = await courseWithTwoLessons();
    await save(first.id, page('First, old.'));
    await save(second.id, page('Second, old.'));
    const named = await call('snapshots.create', { name: 'Before edits' });
    await save(first.id, page('First, new.'));
    await save(second.id, page('Second, new.'));

    await call('snapshots.restore', { snapshotId: named.id, lessonId: first.id });

    expect(await lessonText(first.id)).toContain('First, old.');
    expect(await lessonText(second.id)).toContain('Second, new.');
    // An editor holding the replaced revision must not save over the restore.
    await expect(
      call('lesson.save', { id: first.id, doc: asSaved(page('stale')), baseRevision: 2 }),
    ).rejects.toMatchObject({ code: 'REVISION_CONFLICT' });
  });

  it('bring back a section deleted in bulk from the snapshot taken before the delete', async () => {
    const { call, section, first, save, lessonText } = await courseWithTwoLessons();
    await save(first.id, page('Keep me.'));
    await call('outline.addSection', { title: 'Other' });

    await call('outline.delete', { id: section.id });

    const [latest] = await call('snapshots.list', {});
    expect(latest).toMatchObject({ kind: 'auto', reason: 'bulk-delete', lessonCount: 2 });
    await call('snapshots.restore', { snapshotId: latest!.id });
    expect(await lessonText(first.id)).toContain('Keep me.');
    expect((await call('outline.get', {})).map((s) => s.title)).toEqual([section.title, 'Other']);
  });

  it('summarise lessons added, removed and edited since the snapshot before', async () => {
    const { call, section, first, second, save } = await courseWithTwoLessons();
    await call('snapshots.create', { name: 'One' });
    await save(first.id, page('Changed.'));
    await call('outline.delete', { id: second.id });
    const third = await call('outline.addLesson', { sectionId: section.id, title: 'Third' });
    await call('snapshots.create', { name: 'Two' });

    const named = (await call('snapshots.list', {})).filter((s) => s.kind === 'named');
    expect(named.map((s) => s.name)).toEqual(['Two', 'One']);
    expect(named[0]!.changes).toEqual({
      added: [{ id: third.id, title: 'Third' }],
      removed: [{ id: second.id, title: 'Second' }],
      edited: [{ id: first.id, title: first.title }],
    });
  });

  it('take an editing snapshot at most every few minutes, of the state before the save', async () => {
    const { studio, call, first, save } = await courseWithTwoLessons();
    await save(first.id, page('one'));
    await save(first.id, page('two'));
    const editing = () =>
      call('snapshots.list', {}).then((list) => list.filter((s) => s.reason === 'editing'));
    expect(await editing()).toHaveLength(1);

    age(studio, EDITING_SNAPSHOT_INTERVAL_MS + 1000);
    await save(first.id, page('three'));
    const after = await editing();
    expect(after).toHaveLength(2);
    const diff = await call('snapshots.diff', { snapshotId: after[0]!.id, lessonId: first.id });
    expect(diff.parts).toEqual([
      { kind: 'removed', text: 'two' },
      { kind: 'added', text: 'three' },
    ]);
  });

  it('diff a lesson word by word against now', async () => {
    const { call, first, save } = await courseWithTwoLessons();
    await save(first.id, page('The quick brown fox jumps.'));
    const named = await call('snapshots.create', { name: 'Before' });
    await save(first.id, page('The quick red fox jumps high.'));

    const diff = await call('snapshots.diff', { snapshotId: named.id, lessonId: first.id });

    expect(diff).toMatchObject({ lessonId: first.id, inSnapshot: true, inCurrent: true });
    expect(diff.parts).toEqual([
      { kind: 'same', text: 'The quick ' },
      { kind: 'removed', text: 'brown' },
      { kind: 'added', text: 'red' },
      { kind: 'same', text: ' fox jumps ' },
      { kind: 'added', text: 'high' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('diff Chinese by words, not by whole sentences', async () => {
    const { call, first, save } = await courseWithTwoLessons();
    await call('course.update', { language: 'zh-CN' });
    await save(first.id, page('牛顿提出了运动定律。'));
    const named = await call('snapshots.create', { name: '之前' });
    await save(first.id, page('牛顿提出了万有引力定律。'));

    const diff = await call('snapshots.diff', { snapshotId: named.id, lessonId: first.id });

    expect(diff.parts.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: '运动' },
      { kind: 'added', text: '万有引力' },
    ]);
    expect(diff.parts[0]).toEqual({ kind: 'same', text: '牛顿提出了' });
  });

  it('share media chunks: a snapshot of a course with an hour of video adds under 1 MB', async () => {
    const { studio, call } = await courseWithTwoLessons();
    // About an hour of 720p lecture at 2.5 Mbit/s.
    insertVideoAsset(studio.current(), { mp4MiB: 1100 });
    const size = () => {
      studio.current().db.pragma('wal_checkpoint(TRUNCATE)');
      return statSync(studio.current().path).size;
    };
    const before = size();
    expect(before).toBeGreaterThan(0);

    await call('snapshots.create', { name: 'With video' });

    const growth = size() - before;
    expect(growth).toBeLessThan(1024 * 1024);
    const [latest] = await call('snapshots.list', {});
    expect(latest?.name).toBe('With video');
  });

  it('refuse a snapshot or lesson that does not exist, changing nothing', async () => {
    const { call, first } = await courseWithTwoLessons();
    const named = await call('snapshots.create', { name: 'Only' });
    await expect(call('snapshots.restore', { snapshotId: 'missing' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      call('snapshots.restore', { snapshotId: named.id, lessonId: 'missing' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await call('snapshots.list', {})).toHaveLength(1);
    expect((await call('lesson.get', { id: first.id })).revision).toBe(0);
  });

  it('thin old automatic snapshots as new ones are taken, keeping named ones', async () => {
    const { studio, call } = await courseWithTwoLessons();
    const db = studio.current().db;
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    studio.current().transact(() => {
      createSnapshot(db, { reason: 'editing', at: daysAgo(40) });
      createSnapshot(db, { name: 'Old but named', reason: 'named', at: daysAgo(40) });
      createSnapshot(db, { reason: 'editing', at: daysAgo(3) });
    });

    await call('snapshots.create', { name: 'Now' });

    const left = await call('snapshots.list', {});
    expect(left.map((s) => s.name || s.reason)).toEqual(['Now', 'editing', 'Old but named']);
  });

  it('take a snapshot before importing media, once the file is known to be media', async () => {
    const { call, path } = await courseWithTwoLessons();
    const clip = join(dirname(path), 'clip.mp4');
    execFileSync('ffmpeg', [
      '-hide_banner',
      '-loglevel',
      'error',
      '-f',
      'lavfi',
      '-i',
      'testsrc=size=160x120:rate=10',
      '-t',
      '1',
      '-pix_fmt',
      'yuv420p',
      clip,
    ]);
    const notMedia = join(dirname(path), 'notes.mp4');
    writeFileSync(notMedia, 'not a video');

    await expect(call('media.import', { path: notMedia })).rejects.toMatchObject({
      code: expect.stringMatching(/^MEDIA_/),
    });
    expect(await call('snapshots.list', {})).toEqual([]);
    await call('media.import', { path: clip });
    expect((await call('snapshots.list', {})).map((s) => s.reason)).toEqual(['import']);
  });

  it('store each distinct lesson document once, and drop it with the last snapshot holding it', async () => {
    const { studio, call, first, second, save } = await courseWithTwoLessons();
    const db = studio.current().db;
    const docs = () =>
      (db.prepare('SELECT count(*) AS n FROM snapshot_docs').get() as { n: number }).n;
    const long = (word: string) =>
      page(...Array.from({ length: 2000 }, () => `${word} `.repeat(20)));
    await save(first.id, long('alpha'));
    await save(second.id, long('beta'));
    const size = () => {
      db.pragma('wal_checkpoint(TRUNCATE)');
      return statSync(studio.current().path).size;
    };
    await call('snapshots.create', { name: 'A' });
    await save(first.id, long('gamma'));
    const beforeB = size();
    await call('snapshots.create', { name: 'B' });
    const growth = size() - beforeB;

    // Two documents in A, one more in B: the unchanged lesson is shared.
    expect(docs()).toBe(4); // the two starting empty documents count once, in the editing snapshot
    const before = (await call('snapshots.list', {})).length;
    // Snapshot B grew the file by about one lesson, not by the whole course.
    const lessonBytes = JSON.stringify(long('gamma')).length;
    expect(growth).toBeLessThan(1.5 * lessonBytes);

    // Thinning everything automatic away keeps A and B's documents only.
    age(studio, 40 * 86_400_000);
    await call('snapshots.create', { name: 'C' });
    expect((await call('snapshots.list', {})).length).toBe(before);
    expect(docs()).toBe(3);
  });
});
