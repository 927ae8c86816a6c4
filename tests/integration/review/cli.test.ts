/** The review and history commands of `course-studio`, run as a user would. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Project } from '../../../electron/core/project/project';
import { addComment } from '../../../electron/core/review/comment-repo';
import { now } from '../../../electron/core/project/ids';
import type { Comment, MergeResult, SnapshotInfo } from '../../../electron/shared/review/model';
import { runCli } from '../../support/cli';
import { createExportCourse } from '../../support/export-course';
import { tempDir } from '../../support/temp';

describe('course-studio review and history commands', () => {
  it('snapshot, list, restore; review-copy with sizes; merge-review; comments', () => {
    const dir = tempDir();
    const { path, lessonIds } = createExportCourse(join(dir, 'c.course'));

    const taken = runCli(['snapshot', path, '--name', 'Before review']);
    expect(taken).toMatchObject({ code: 0, stderr: '' });
    const listed = runCli(['snapshots', path, '--json']);
    const snapshots = JSON.parse(listed.stdout) as SnapshotInfo[];
    expect(snapshots).toEqual([
      expect.objectContaining({ id: taken.stdout.trim(), name: 'Before review' }),
    ]);

    const copy = join(dir, 'review.course');
    const light = runCli(['review-copy', path, '--out', copy, '--light']);
    expect(light.code).toBe(0);
    expect(light.stdout).toMatch(/Course: +[\d.]+ (KiB|MiB)\nReview copy: +[\d.]+ (KiB|MiB)/);

    // The reviewer comments in the copy; a body with a terminal escape must not reach the terminal.
    const reviewer = Project.open(copy);
    reviewer.transact((db) =>
      addComment(db, {
        lessonId: lessonIds[1]!,
        author: 'Eve\u001b[2J',
        body: 'Clear screen \u001b]0;owned\u0007 <b>bold</b>',
        anchor: { kind: 'quiz', questionId: 'q-single' },
        createdAt: now(),
      }),
    );
    reviewer.close();

    const merged = runCli(['merge-review', path, copy, '--json']);
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.stdout) as MergeResult).toMatchObject({ added: 1, skipped: 0 });
    expect(JSON.parse(runCli(['merge-review', path, copy, '--json']).stdout)).toMatchObject({
      added: 0,
      skipped: 1,
    });
    const json = JSON.parse(runCli(['comments', path, '--open', '--json']).stdout) as Comment[];
    expect(json.map((comment) => comment.body)).toEqual([
      'Clear screen \u001b]0;owned\u0007 <b>bold</b>',
    ]);
    const text = runCli(['comments', path]);
    expect(text.stdout).toContain('<b>bold</b>');
    expect(text.stdout).toContain('question q-single');
    expect([...text.stdout].filter((char) => char < ' ' && char !== '\n')).toEqual([]);

    const restored = runCli(['restore', path, taken.stdout.trim()]);
    expect(restored.stdout).toMatch(/To undo: course-studio restore .* \S+\n$/);
    expect(runCli(['restore', path, 'nope'])).toMatchObject({ code: 1 });
    expect(runCli(['merge-review', path])).toMatchObject({ code: 2 });
  });
});
