/**
 * The readiness check on a course built to hold every problem it knows: each item is found,
 * with its severity, its lesson and the block to jump to; a clean course reports nothing.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Project } from '../../../electron/core/project/project';
import { now } from '../../../electron/core/project/ids';
import { insertAsset } from '../../../electron/core/project/asset-repo';
import { insertJob, setJobState } from '../../../electron/core/jobs/job-repo';
import {
  addLessonNode,
  addSection,
  deleteNode,
  getOutline,
} from '../../../electron/core/project/outline-repo';
import { insertLessonDocument, saveLesson } from '../../../electron/core/project/lesson-repo';
import { updateCourse } from '../../../electron/core/project/course-repo';
import { checkReadiness } from '../../../electron/core/publish/readiness';
import type { LessonDocument } from '../../../electron/shared/model';
import { insertVideoAsset } from '../../support/video-clip';
import { makeStudio } from '../../support/studio';
import { runCli } from '../../support/cli';
import { tempDir } from '../../support/temp';

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 });
const paragraph = (...children: object[]) => ({ type: 'paragraph', version: 1, children });
const doc = (
  ...children: object[]
): LessonDocument & { root: { type: 'root' } } & Record<string, unknown> => ({
  root: { type: 'root', version: 1, children: children as LessonDocument['root']['children'] },
});
const choice = (id: string, correct: boolean) => ({ id, text: id, correct });

function addLesson(project: Project, sectionId: string, title: string, body: LessonDocument) {
  return project.transact((db) => {
    const lesson = addLessonNode(db, sectionId, title);
    insertLessonDocument(db, lesson.id, now());
    saveLesson(db, lesson.id, body, 0, now());
    return lesson.id;
  });
}

/** A new course starts with an empty lesson; these tests build their own lessons. */
function clearOutline(project: Project): void {
  project.transact((db) => {
    for (const section of getOutline(db))
      for (const lesson of section.lessons) deleteNode(db, lesson.id);
  });
}

describe('readiness check', () => {
  it('finds every problem, names its lesson and block, and blocks what would break', () => {
    const project = Project.create(join(tempDir(), 'problems.course'), {
      title: 'Problems',
      language: 'en',
    });
    try {
      clearOutline(project);
      const section = project.transact((db) => addSection(db, 'Unit 1'));
      const captioned = insertVideoAsset(project);
      const image = project.transact(
        (db) =>
          insertAsset(
            db,
            { kind: 'image', name: 'chart.png', mime: 'image/png', bytes: png },
            now(),
          ).id,
      );
      // An import still running and one that failed, as media.import leaves them.
      const [pending, failed] = project.transact((db) => {
        const running = insertJob(
          db,
          { kind: 'media.import', payload: { title: 'lecture-2.mp4' }, assetId: 'pendingVideo' },
          now(),
        );
        setJobState(db, running.id, 'running', now());
        const broken = insertJob(
          db,
          { kind: 'media.import', payload: { title: 'broken.mp4' }, assetId: 'failedVideo' },
          now(),
        );
        setJobState(db, broken.id, 'failed', now(), {
          error: { code: 'MEDIA_UNREADABLE', message: 'x' },
        });
        return ['pendingVideo', 'failedVideo'];
      });
      // Captions removed: a ready video with none.
      const uncaptioned = insertVideoAsset(project);
      project.db
        .prepare(`UPDATE assets SET meta = json_set(meta, '$.captions', json('[]')) WHERE id = ?`)
        .run(uncaptioned);

      const empty = addLesson(project, section.id, 'Empty', doc(paragraph()));
      const quizzes = addLesson(
        project,
        section.id,
        'Quizzes',
        doc(
          paragraph(text('Intro')),
          {
            type: 'quiz',
            version: 1,
            id: 'q1',
            kind: 'single',
            prompt: 'Which?',
            points: 1,
            choices: [choice('a', false), choice('b', false)],
          },
          {
            type: 'quiz',
            version: 1,
            id: 'q2',
            kind: 'fill',
            prompt: 'Fill',
            points: 1,
            answers: [],
          },
          {
            type: 'quiz',
            version: 1,
            id: 'q3',
            kind: 'multiple',
            prompt: 'Fine',
            points: 1,
            choices: [choice('a', true), choice('b', false)],
          },
        ),
      );
      const media = addLesson(
        project,
        section.id,
        'Media',
        doc(
          { type: 'image', version: 1, assetId: image, altText: '' },
          { type: 'image', version: 1, assetId: 'goneImage', altText: 'x' },
          { type: 'video', version: 1, assetId: pending },
          { type: 'video', version: 1, assetId: failed },
          {
            type: 'video',
            version: 1,
            assetId: uncaptioned,
            questions: [
              {
                time: 1,
                quiz: {
                  id: 'vq',
                  kind: 'truefalse',
                  prompt: 'Seen?',
                  points: 1,
                  choices: [choice('true', false), choice('false', false)],
                },
              },
            ],
          },
          { type: 'video', version: 1, assetId: captioned },
          paragraph({
            type: 'link',
            version: 1,
            url: 'http://example.org/a',
            children: [text('plain http')],
          }),
        ),
      );

      const report = checkReadiness(project.db, { https: true, sizeLimitBytes: 1000 }, 5_000_000);
      const found = report.items.map((item) => [
        item.code,
        item.severity,
        item.lessonId,
        item.blockIndex,
      ]);
      expect(found).toEqual(
        expect.arrayContaining([
          ['LESSON_EMPTY', 'warn', empty, 0],
          ['QUIZ_NO_CORRECT_ANSWER', 'block', quizzes, 1],
          ['QUIZ_NO_CORRECT_ANSWER', 'block', quizzes, 2],
          ['IMAGE_NO_ALT', 'warn', media, 0],
          ['ASSET_MISSING', 'block', media, 1],
          ['MEDIA_NOT_READY', 'block', media, 2],
          ['MEDIA_FAILED', 'block', media, 3],
          ['VIDEO_NO_CAPTIONS', 'warn', media, 4],
          ['QUIZ_NO_CORRECT_ANSWER', 'block', media, 4],
          ['INSECURE_LINK', 'warn', media, 6],
          ['COURSE_NO_DESCRIPTION', 'warn', null, null],
          ['COURSE_NO_LICENSE', 'warn', null, null],
          ['PACKAGE_TOO_LARGE', 'block', null, null],
        ]),
      );
      // Nothing else: the good quiz and the captioned video are fine.
      expect(report.items).toHaveLength(13);
      expect(report).toMatchObject({ ok: false, blocks: 7, warnings: 6 });
      const item = report.items.find((entry) => entry.code === 'IMAGE_NO_ALT')!;
      expect(item).toMatchObject({ lessonTitle: 'Media', details: { name: 'chart.png' } });
      expect(
        report.items.find((entry) => entry.code === 'QUIZ_NO_CORRECT_ANSWER')!.details,
      ).toEqual({ prompt: 'Which?' });

      // Plain http is only a problem on an https platform.
      const plain = checkReadiness(project.db, {}, 5_000_000);
      expect(plain.items.map((entry) => entry.code)).not.toContain('INSECURE_LINK');
      expect(plain.items.map((entry) => entry.code)).not.toContain('PACKAGE_TOO_LARGE');
    } finally {
      project.close();
    }
  });

  it('a course with no lessons is blocked; a finished one is ok', async () => {
    const { call, dir } = makeStudio();
    const created = await call('project.create', {
      path: join(dir, 'ok.course'),
      title: 'Ok',
      language: 'en',
    });
    for (const lesson of created.outline.flatMap((section) => section.lessons))
      await call('outline.delete', { id: lesson.id });
    let report = await call('course.check', {});
    expect(report.items.map((item) => item.code)).toContain('COURSE_NO_LESSONS');
    expect(report.ok).toBe(false);

    const section = await call('outline.addSection', { title: 'One' });
    const lesson = await call('outline.addLesson', { sectionId: section.id, title: 'First' });
    await call('lesson.save', {
      id: lesson.id,
      baseRevision: 0,
      doc: doc(paragraph(text('Hello'))),
    });
    await call('course.update', { description: 'About', license: 'CC BY 4.0' });
    report = await call('course.check', { https: true });
    expect(report).toEqual({ ok: true, blocks: 0, warnings: 0, items: [] });
    await expect(call('course.check', { sizeLimitBytes: -1 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });

  it('course-studio check prints the report and exits 1 when something blocks', () => {
    const dir = tempDir();
    const file = join(dir, 'c.course');
    const project = Project.create(file, { title: 'CLI', language: 'zh-CN' });
    clearOutline(project);
    project.transact((db) => {
      updateCourse(db, { description: 'd', license: 'CC BY 4.0' }, now());
      const section = addSection(db, '单元');
      const lesson = addLessonNode(db, section.id, '第一课');
      insertLessonDocument(db, lesson.id, now());
      saveLesson(
        db,
        lesson.id,
        doc({
          type: 'quiz',
          version: 1,
          id: 'q',
          kind: 'single',
          prompt: '哪个？',
          points: 1,
          choices: [choice('a', false), choice('b', false)],
        }),
        0,
        now(),
      );
    });
    project.close();

    const json = runCli(['check', file, '--json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as {
      ok: boolean;
      items: { code: string; lessonTitle: string }[];
    };
    expect(report.ok).toBe(false);
    expect(report.items).toEqual([
      expect.objectContaining({ code: 'QUIZ_NO_CORRECT_ANSWER', lessonTitle: '第一课' }),
    ]);

    const plain = runCli(['check', file]);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain('第一课');
    expect(plain.stdout).toMatch(/1 problem blocks publishing/);
  });
});
