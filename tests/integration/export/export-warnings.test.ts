/**
 * Issue 9, item 16: an export that leaves content out still succeeds but says so, in the
 * contract's result (which the Export dialog shows) and on the CLI's stderr: a course with no
 * lessons, and a lesson whose video is still being transcoded.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_JOB } from '../../../electron/core/media/import-job';
import { insertJob } from '../../../electron/core/jobs/job-repo';
import { now } from '../../../electron/core/project/ids';
import { insertLessonDocument } from '../../../electron/core/project/lesson-repo';
import { addLessonNode, deleteNode, getOutline } from '../../../electron/core/project/outline-repo';
import { Project } from '../../../electron/core/project/project';
import { runCli } from '../../support/cli';
import { makeStudio } from '../../support/studio';
import { tempDir } from '../../support/temp';

describe('export warnings', () => {
  it('a course with no lessons exports, with a warning in the result and on the CLI', async () => {
    const dir = tempDir();
    const path = join(dir, 'empty.course');
    const project = Project.create(path, { title: 'Empty', language: 'en' });
    // A course keeps at least one section; its one lesson is deleted.
    project.transact((db) => {
      for (const lesson of getOutline(db)[0]!.lessons) deleteNode(db, lesson.id);
    });
    project.close();

    const cli = runCli([
      'export',
      path,
      '--format',
      'scorm12',
      '--out',
      join(dir, 'a.zip'),
      '--quiet',
    ]);
    expect(cli.code).toBe(0);
    expect(cli.stderr).toBe('Warning: The course has no lessons, so the package is empty.\n');

    const { call } = makeStudio();
    await call('project.open', { path });
    for (const format of ['site', 'olx'] as const) {
      const { jobId } = await call('export.run', {
        format,
        outPath: join(dir, format === 'olx' ? 'b-olx.tar.gz' : 'b-site'),
      });
      const result = await call('export.result', { jobId });
      expect(result.warnings).toEqual([{ code: 'NO_LESSONS' }]);
    }
  });

  it('a lesson whose video is still transcoding is named', async () => {
    const dir = tempDir();
    const path = join(dir, 'pending.course');
    const project = Project.create(path, { title: 'Pending', language: 'en' });
    const lessonId = project.transact((db) => {
      const [section] = getOutline(db);
      // An import that is queued: its asset does not exist yet, only its job.
      insertJob(
        db,
        {
          kind: IMPORT_JOB,
          payload: { mediaKind: 'video', title: 'Week 1 lecture' },
          assetId: 'pendingVid01',
        },
        now(),
      );
      const lesson = addLessonNode(db, section!.id, 'Week 1');
      insertLessonDocument(db, lesson.id, now(), {
        root: {
          type: 'root',
          version: 1,
          children: [{ type: 'video', version: 1, assetId: 'pendingVid01', title: 'Lecture' }],
        },
      });
      return lesson.id;
    });
    project.close();

    // The CLI opens the course without running its job queue, so the import stays queued.
    const cli = runCli([
      'export',
      path,
      '--format',
      'cmi5',
      '--out',
      join(dir, 'c.zip'),
      '--quiet',
    ]);
    expect(cli.code).toBe(0);
    expect(cli.stderr).toBe(
      'Warning: "Week 1": the video "Week 1 lecture" is still being prepared and is missing from the package.\n',
    );

    const { call } = makeStudio();
    await call('project.open', { path });
    await call('jobs.list', {});
    const { jobId } = await call('export.run', {
      format: 'imscc13',
      outPath: join(dir, 'd.imscc'),
    });
    const result = await call('export.result', { jobId });
    const warning = result.warnings.find((item) => item.code !== 'NO_LESSONS');
    expect(warning).toMatchObject({ lessonId, assetId: 'pendingVid01', lesson: 'Week 1' });
    expect(['VIDEO_NOT_READY', 'VIDEO_MISSING']).toContain(warning?.code);
  });
});
