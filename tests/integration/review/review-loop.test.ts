/**
 * The review loop (issue 12) on real course files: a review copy opens read-only with
 * comments allowed, the reviewer pins comments to a passage, a video time and a quiz
 * question, the author edits around them and merges (twice), and bad review files are
 * refused with the course unchanged. Comments never reach an export.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArgsOf } from '../../../electron/shared/contract';
import { writeMediaFile } from '../../../electron/core/project/asset-repo';
import { pinPassage } from '../../../electron/shared/review/passage';
import type { CommentAnchor } from '../../../electron/shared/review/model';
import { createExportCourse, quizzes } from '../../support/export-course';
import { makeStudio } from '../../support/studio';
import { tempDir } from '../../support/temp';

/** Lesson documents as the contract takes them. */
const asSaved = (document: unknown) => document as ArgsOf<'lesson.save'>['doc'];

const passage = 'Forces change motion.';

async function reviewSetup() {
  const dir = tempDir();
  const course = createExportCourse(join(dir, 'physics.course'));
  const author = makeStudio();
  await author.call('project.open', { path: course.path });
  const [videoLesson, quizLesson] = course.lessonIds as [string, string];
  return { dir, course, author, videoLesson, quizLesson };
}

/** The reviewer's three comments in a review copy; returns their ids. */
async function reviewerComments(
  copyPath: string,
  videoLesson: string,
  quizLesson: string,
  videoAssetId: string,
) {
  const reviewer = makeStudio();
  await reviewer.call('project.open', { path: copyPath });
  const plain = 'Why forces?\nForces change motion. 力改变运动。';
  const start = plain.indexOf('change motion');
  const anchors: [string, CommentAnchor][] = [
    [videoLesson, { kind: 'text', ...pinPassage(plain, start, start + 'change motion'.length) }],
    [videoLesson, { kind: 'video', assetId: videoAssetId, time: 1.5 }],
    [quizLesson, { kind: 'quiz', questionId: quizzes.single.id }],
  ];
  const ids: string[] = [];
  for (const [lessonId, anchor] of anchors) {
    const comment = await reviewer.call('comments.add', {
      lessonId,
      anchor,
      author: 'Reviewer 审阅人',
      body: `About ${anchor.kind} <script>alert(1)</script>`,
    });
    ids.push(comment.id);
  }
  const reply = await reviewer.call('comments.add', {
    lessonId: videoLesson,
    parentId: ids[0],
    anchor: { kind: 'lesson' },
    author: 'Second reviewer',
    body: 'Agreed.',
  });
  reviewer.studio.close();
  return [...ids, reply.id];
}

describe('review copies', () => {
  it('open in review mode: content read-only, comments allowed, the course untouched', async () => {
    const { dir, author, videoLesson } = await reviewSetup();
    const copyPath = join(dir, 'for-review.course');
    await author.call('snapshots.create', { name: 'Private draft' });
    const result = await author.call('review.copy', { outPath: copyPath });
    expect(result).toMatchObject({ light: false, copyBytes: statSync(copyPath).size });
    expect(await author.call('review.status', {})).toEqual({ reviewCopy: false });

    const reviewer = makeStudio();
    await reviewer.call('project.open', { path: copyPath });
    expect(await reviewer.call('review.status', {})).toEqual({ reviewCopy: true });
    // The author's history does not travel with the copy.
    expect(await reviewer.call('snapshots.list', {})).toEqual([]);
    const lesson = await reviewer.call('lesson.get', { id: videoLesson });
    for (const attempt of [
      reviewer.call('lesson.save', { id: videoLesson, doc: asSaved(lesson.doc), baseRevision: 0 }),
      reviewer.call('outline.rename', { id: videoLesson, title: 'Changed' }),
      reviewer.call('course.update', { title: 'Changed' }),
      reviewer.call('snapshots.create', { name: 'No' }),
      reviewer.call('review.merge', { path: copyPath }),
    ]) {
      await expect(attempt).rejects.toMatchObject({ code: 'REVIEW_READ_ONLY' });
    }
    const comment = await reviewer.call('comments.add', {
      lessonId: videoLesson,
      anchor: { kind: 'lesson' },
      author: 'R',
      body: 'Looks good',
    });
    expect(await reviewer.call('comments.list', {})).toEqual([comment]);
    expect(await author.call('comments.list', {})).toEqual([]);
  });

  it('merge comments to their places after the author edited around them, once', async () => {
    const { dir, course, author, videoLesson, quizLesson } = await reviewSetup();
    const copyPath = join(dir, 'for-review.course');
    await author.call('review.copy', { outPath: copyPath });
    const ids = await reviewerComments(copyPath, videoLesson, quizLesson, course.videoAssetId);

    // The author rewrites the commented paragraph's neighbours and the words around it.
    const lesson = await author.call('lesson.get', { id: videoLesson });
    const children = lesson.doc.root.children;
    const edited = {
      root: {
        ...lesson.doc.root,
        children: [
          {
            type: 'paragraph',
            version: 1,
            children: [{ type: 'text', version: 1, text: 'A new opening paragraph.' }],
          },
          {
            type: 'heading',
            version: 1,
            tag: 'h2',
            children: [{ type: 'text', version: 1, text: 'Why do forces matter?' }],
          },
          {
            type: 'paragraph',
            version: 1,
            children: [
              { type: 'text', version: 1, text: `As Newton saw, ${passage} 力改变运动。` },
            ],
          },
          ...children.slice(2),
        ],
      },
    };
    await author.call('lesson.save', {
      id: videoLesson,
      doc: asSaved(edited),
      baseRevision: lesson.revision,
    });

    const merged = await author.call('review.merge', { path: copyPath });

    expect(merged).toMatchObject({ added: 4, skipped: 0, orphaned: 0 });
    const comments = await author.call('comments.list', {});
    expect(comments.map((comment) => comment.id).sort()).toEqual([...ids].sort());
    const text = comments.find((comment) => comment.anchor.kind === 'text')!;
    const plain =
      'A new opening paragraph.\nWhy do forces matter?\nAs Newton saw, Forces change motion. 力改变运动。';
    expect(text.textOffset).toBe(plain.indexOf('change motion'));
    expect(comments.find((comment) => comment.anchor.kind === 'video')).toMatchObject({
      lessonId: videoLesson,
      anchor: { kind: 'video', assetId: course.videoAssetId, time: 1.5 },
      orphaned: false,
    });
    expect(comments.find((comment) => comment.anchor.kind === 'quiz')).toMatchObject({
      lessonId: quizLesson,
      orphaned: false,
    });
    // The reply follows its thread.
    expect(comments[comments.findIndex((comment) => comment.id === ids[0]) + 1]?.id).toBe(ids[3]);
    // The body is kept as text, exactly as typed; shown escaped wherever it appears.
    expect(text.body).toBe('About text <script>alert(1)</script>');

    const again = await author.call('review.merge', { path: copyPath });
    expect(again).toMatchObject({ added: 0, skipped: 4 });
    expect(await author.call('comments.list', {})).toHaveLength(4);
    const merges = (await author.call('snapshots.list', {})).filter((s) => s.reason === 'merge');
    expect(merges).toHaveLength(2);
  });

  it('keep comments whose passage, question or lesson was deleted, as orphaned', async () => {
    const { dir, course, author, videoLesson, quizLesson } = await reviewSetup();
    const copyPath = join(dir, 'for-review.course');
    await author.call('review.copy', { outPath: copyPath });
    await reviewerComments(copyPath, videoLesson, quizLesson, course.videoAssetId);
    const lesson = await author.call('lesson.get', { id: videoLesson });
    await author.call('lesson.save', {
      id: videoLesson,
      doc: asSaved({
        root: { ...lesson.doc.root, children: lesson.doc.root.children.slice(0, 1) },
      }),
      baseRevision: lesson.revision,
    });
    await author.call('outline.delete', { id: quizLesson });

    const merged = await author.call('review.merge', { path: copyPath });

    expect(merged).toMatchObject({ added: 4, orphaned: 4 });
    const open = await author.call('comments.list', { open: true });
    expect(open.every((comment) => comment.orphaned)).toBe(true);
    expect(open).toHaveLength(4);
  });

  it('resolve and reopen a thread, and filter by open and by lesson', async () => {
    const { author, videoLesson, quizLesson } = await reviewSetup();
    const first = await author.call('comments.add', {
      lessonId: videoLesson,
      anchor: { kind: 'lesson' },
      author: 'Me',
      body: 'One',
    });
    const reply = await author.call('comments.add', {
      lessonId: quizLesson, // a reply belongs to its thread's lesson whatever is sent
      parentId: first.id,
      anchor: { kind: 'lesson' },
      author: 'You',
      body: 'Two',
    });
    expect(reply.lessonId).toBe(videoLesson);
    await author.call('comments.add', {
      lessonId: quizLesson,
      anchor: { kind: 'quiz', questionId: 'q-multiple' },
      author: 'Me',
      body: 'Three',
    });

    await author.call('comments.setResolved', { id: reply.id, resolved: true });
    expect((await author.call('comments.list', { open: true })).map((c) => c.body)).toEqual([
      'Three',
    ]);
    expect(
      (await author.call('comments.list', { lessonId: videoLesson })).map((c) => c.body),
    ).toEqual(['One', 'Two']);
    await author.call('comments.setResolved', { id: first.id, resolved: false });
    expect(await author.call('comments.list', { open: true })).toHaveLength(3);
  });

  it('never put comments into an export', async () => {
    const { dir, author, videoLesson } = await reviewSetup();
    const marker = 'UNIQUE-REVIEW-MARKER-7f3a';
    await author.call('comments.add', {
      lessonId: videoLesson,
      anchor: { kind: 'lesson' },
      author: marker,
      body: marker,
    });
    const out = join(dir, 'site');
    const { jobId } = await author.call('export.run', { format: 'site', outPath: out });
    await author.call('export.result', { jobId });
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) =>
      entry.isFile(),
    );
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      expect(readFileSync(join(file.parentPath, file.name)).includes(marker)).toBe(false);
    }
  });

  it('write a light copy that keeps only the smallest rendition, still playable', async () => {
    const { dir, course, author } = await reviewSetup();
    addLargerRendition(author.studio, course.videoAssetId);
    const light = await author.call('review.copy', {
      outPath: join(dir, 'light.course'),
      light: true,
    });
    const full = await author.call('review.copy', { outPath: join(dir, 'full.course') });

    expect(light.copyBytes).toBeLessThan(full.copyBytes - 3 * 1024 * 1024);
    const reviewer = makeStudio();
    await reviewer.call('project.open', { path: light.outPath });
    const detail = await reviewer.call('media.get', { assetId: course.videoAssetId });
    const names = detail.files.map((file) => file.name);
    expect(names.some((name) => name.startsWith('hls/720p/'))).toBe(false);
    expect(names).toContain('hls/240p/index.m3u8');
    const master = reviewer.studio.files.readAsset(course.videoAssetId, 'hls/master.m3u8')!;
    expect(master.read(0, master.size).toString()).not.toContain('720p');
    // The MP4 was remuxed from the 240p rendition by ffmpeg and still plays.
    const mp4 = reviewer.studio.files.readAsset(course.videoAssetId, 'video.mp4')!;
    const probePath = join(dir, 'probe.mp4');
    writeFileSync(probePath, mp4.read(0, mp4.size));
    const { execFileSync } = await import('node:child_process');
    const probe = JSON.parse(
      execFileSync(
        'ffprobe',
        ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', probePath],
        {
          encoding: 'utf8',
        },
      ),
    ) as { streams: { codec_type: string; height?: number }[]; format: { duration: string } };
    expect(probe.streams.find((s) => s.codec_type === 'video')?.height).toBe(240);
    expect(Number(probe.format.duration)).toBeGreaterThan(2.5);
  });
});

describe('bad review files', () => {
  async function courseState(author: ReturnType<typeof makeStudio>) {
    return JSON.stringify([
      await author.call('comments.list', {}),
      await author.call('snapshots.list', {}),
      await author.call('outline.get', {}),
    ]);
  }

  it('are refused with a clear code and leave the course as it was', async () => {
    const { dir, course, author, videoLesson, quizLesson } = await reviewSetup();
    const copyPath = join(dir, 'for-review.course');
    await author.call('review.copy', { outPath: copyPath });
    await reviewerComments(copyPath, videoLesson, quizLesson, course.videoAssetId);
    const before = await courseState(author);

    const truncated = join(dir, 'truncated.course');
    writeFileSync(truncated, readFileSync(copyPath));
    truncateSync(truncated, Math.floor(statSync(copyPath).size / 3));
    const cutJson = join(dir, 'cut.json');
    writeFileSync(cutJson, '{"format":"course-studio-review","version":1,"comments":[{"id":');
    const oversized = join(dir, 'big.json');
    writeFileSync(oversized, `{"pad":"${'x'.repeat(3 * 1024 * 1024)}"}`);
    const other = createExportCourse(join(dir, 'other.course'), { video: false });
    const otherCopy = join(dir, 'other-review.course');
    const otherAuthor = makeStudio();
    await otherAuthor.call('project.open', { path: other.path });
    await otherAuthor.call('review.copy', { outPath: otherCopy });
    const otherJson = join(dir, 'other.json');
    writeFileSync(
      otherJson,
      JSON.stringify({
        format: 'course-studio-review',
        version: 1,
        packageId: 'a'.repeat(32),
        comments: [],
      }),
    );
    const badField = join(dir, 'bad-field.json');
    const packageId = (
      author.studio.current().db.prepare('SELECT package_id FROM course').get() as {
        package_id: string;
      }
    ).package_id;
    writeFileSync(
      badField,
      JSON.stringify({
        format: 'course-studio-review',
        version: 1,
        packageId,
        comments: [
          {
            id: 'x'.repeat(10),
            lessonId: videoLesson,
            parentId: null,
            author: '',
            body: 'b',
            anchor: { kind: 'lesson' },
            resolved: false,
            createdAt: new Date().toISOString(),
          },
        ],
      }),
    );

    const cases: [string, string][] = [
      [truncated, 'REVIEW_FILE_INVALID'],
      [cutJson, 'REVIEW_FILE_INVALID'],
      [badField, 'REVIEW_FILE_INVALID'],
      [oversized, 'REVIEW_FILE_TOO_LARGE'],
      [otherCopy, 'REVIEW_WRONG_COURSE'],
      [otherJson, 'REVIEW_WRONG_COURSE'],
    ];
    for (const [path, code] of cases) {
      await expect(author.call('review.merge', { path }), path).rejects.toMatchObject({ code });
    }
    expect(await courseState(author)).toBe(before);
  });

  it('say that a review copy still open in the studio is in use, not damaged', async () => {
    const { dir, author } = await reviewSetup();
    const copyPath = join(dir, 'for-review.course');
    await author.call('review.copy', { outPath: copyPath });
    const reviewer = makeStudio();
    await reviewer.call('project.open', { path: copyPath });

    await expect(author.call('review.merge', { path: copyPath })).rejects.toMatchObject({
      code: 'PROJECT_IN_USE',
    });
  });
});

/** Gives the video a 720p rendition of random bytes, larger than the 240p one, in the master. */
function addLargerRendition(studio: ReturnType<typeof makeStudio>['studio'], assetId: string) {
  const project = studio.current();
  project.transact((db) => {
    const write = (name: string, bytes: Buffer) =>
      writeMediaFile(db, assetId, name, 'application/octet-stream', bytes);
    write(
      'hls/720p/index.m3u8',
      Buffer.from(
        '#EXTM3U\n#EXT-X-MAP:URI="init.mp4"\n#EXTINF:2,\nseg-00000.m4s\n#EXT-X-ENDLIST\n',
      ),
    );
    write('hls/720p/init.mp4', randomBytes(1024));
    write('hls/720p/seg-00000.m4s', randomBytes(6 * 1024 * 1024));
    const master = studio.files.readAsset(assetId, 'hls/master.m3u8')!;
    const text = master.read(0, master.size).toString();
    db.prepare(`DELETE FROM media_files WHERE asset_id = ? AND name = 'hls/master.m3u8'`).run(
      assetId,
    );
    write(
      'hls/master.m3u8',
      Buffer.from(
        `${text}#EXT-X-STREAM-INF:BANDWIDTH=3000000,RESOLUTION=1280x720\n720p/index.m3u8\n`,
      ),
    );
  });
}
