/**
 * The offline review site (issue 12) from file://, as a reviewer without the app opens it:
 * two comments (one on a selected passage, one on a quiz question), a reload keeps both, a
 * comment's markup stays text, "Save comments" downloads one file, and merging that file
 * puts the comments at their places in the course (and merging it again adds nothing).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { Project } from '../../electron/core/project/project';
import { listComments } from '../../electron/core/review/comment-repo';
import { mergeReview } from '../../electron/core/review/review-merge';
import { writeReviewSite } from '../../electron/core/review/review-site';
import { createExportCourse } from '../support/export-course';

test('review site from file://: two comments survive a reload, save a file that merges', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'course-studio-review-site-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const course = createExportCourse(join(dir, 'c.course'));
  const [videoLesson, quizLesson] = course.lessonIds as [string, string];
  const site = join(dir, 'review-site');
  const project = Project.open(course.path);
  try {
    await writeReviewSite(project, { outPath: site });
  } finally {
    project.close();
  }
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  // A passage in the first lesson: select it, then write the comment.
  await page.goto(pathToFileURL(join(site, `lesson-${videoLesson}.html`)).href);
  const panel = page.getByRole('complementary', { name: 'Review comments' });
  await expect(panel).toBeVisible();
  await page.evaluate(() => {
    const paragraph = [...document.querySelectorAll('#cs-main p')].find((p) =>
      p.textContent?.includes('Forces change motion.'),
    )!;
    const text = paragraph.firstChild!;
    const start = text.textContent!.indexOf('change motion');
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + 'change motion'.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await expect(panel.getByRole('combobox', { name: 'Pinned to' })).toHaveValue(/"kind":"text"/);
  await panel.getByRole('textbox', { name: 'Your name' }).fill('Rita Reviewer');
  await panel
    .getByRole('textbox', { name: 'Comment' })
    .fill('Say which law. <img src=x onerror=alert(1)>');
  await panel.getByRole('button', { name: 'Add comment' }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(1);

  // A quiz question in the second lesson; the name is remembered.
  await page.goto(pathToFileURL(join(site, `lesson-${quizLesson}.html`)).href);
  await expect(panel.getByRole('textbox', { name: 'Your name' })).toHaveValue('Rita Reviewer');
  await panel.getByRole('combobox', { name: 'Pinned to' }).selectOption({ label: 'Question 1' });
  await panel.getByRole('textbox', { name: 'Comment' }).fill('Too easy.');
  await panel.getByRole('button', { name: 'Add comment' }).click();

  await page.reload();
  await expect(panel.getByRole('heading')).toHaveText('Review comments (2)');
  await expect(panel.getByRole('listitem')).toHaveText([/Too easy\./]);
  await page.goto(pathToFileURL(join(site, `lesson-${videoLesson}.html`)).href);
  const first = panel.getByRole('listitem');
  await expect(first).toContainText('Say which law. <img src=x onerror=alert(1)>');
  await expect(first.locator('img')).toHaveCount(0);

  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Save comments' }).click();
  const file = join(dir, 'review.json');
  await (await download).saveAs(file);
  expect(errors).toEqual([]);

  const author = Project.open(course.path);
  try {
    expect(mergeReview(author, file, new Date().toISOString())).toMatchObject({
      added: 2,
      orphaned: 0,
    });
    expect(mergeReview(author, file, new Date().toISOString())).toMatchObject({ added: 0 });
    const comments = listComments(author.db);
    expect(comments.map((comment) => [comment.lessonId, comment.anchor.kind])).toEqual([
      [videoLesson, 'text'],
      [quizLesson, 'quiz'],
    ]);
    expect(comments[0]).toMatchObject({
      author: 'Rita Reviewer',
      anchor: { quote: 'change motion', prefix: 'Forces ', suffix: '. 力改变运动。' },
    });
    expect(comments[1]?.anchor).toEqual({ kind: 'quiz', questionId: 'q-single' });
  } finally {
    author.close();
  }
});
