/**
 * The review loop in the studio (issue 12): a reviewer opens a review copy (read-only content,
 * a banner says so) and pins comments to a text passage, a video time and a quiz question;
 * the author edits the commented paragraph's neighbours and merges the copy from the Comments
 * panel (twice: the second adds nothing); in the author's Comments panel each comment shows at its place and
 * clicking the video comment seeks the video to its time.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { getLesson, saveLesson } from '../../electron/core/project/lesson-repo';
import { Project } from '../../electron/core/project/project';
import { now } from '../../electron/core/project/ids';
import { writeReviewCopy } from '../../electron/core/review/review-copy';
import type { LessonDocument, SerializedNode } from '../../electron/shared/model';
import { createExportCourse } from '../support/export-course';
import { removeTempDirs, startHost, tempDir, type RunningHost } from './support';

const hosts: RunningHost[] = [];
test.afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.kill('SIGTERM')));
  removeTempDirs();
});

async function openStudio(page: Page, file: string) {
  const host = await startHost({ home: tempDir(), file });
  hosts.push(host);
  await page.goto(host.url);
  await expect(page.getByTestId('studio-shell')).toBeVisible();
  return host;
}

async function addComment(page: Page, pin: RegExp, body: string) {
  const panel = page.getByTestId('comments-panel');
  await panel.getByTestId('comment-pin').selectOption({ label: await optionLabel(page, pin) });
  await panel.getByRole('textbox', { name: 'Comment' }).fill(body);
  await panel.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(panel.getByTestId('comment').filter({ hasText: body })).toBeVisible();
}

async function optionLabel(page: Page, pin: RegExp): Promise<string> {
  const labels = await page.getByTestId('comment-pin').locator('option').allTextContents();
  const label = labels.find((candidate) => pin.test(candidate));
  if (!label) throw new Error(`No pin ${pin} among ${labels.join(' | ')}`);
  return label;
}

test('review copy: pinned comments merge back to their places, once, and the video seeks', async ({
  page,
}) => {
  const dir = tempDir();
  const course = createExportCourse(join(dir, 'physics.course'));
  const [videoLesson] = course.lessonIds as [string, string];
  const copyPath = join(dir, 'for-review.course');
  const author = Project.open(course.path);
  try {
    await writeReviewCopy(author, { outPath: copyPath }, now());
  } finally {
    author.close();
  }

  // The reviewer.
  const reviewerHost = await openStudio(page, copyPath);
  await expect(page.getByTestId('review-mode')).toBeVisible();
  // Review mode: the lesson cannot be edited, its text can still be selected.
  await expect(page.locator('.workspace [data-lexical-editor="true"]')).toHaveAttribute(
    'contenteditable',
    'false',
  );
  await page.getByTestId('toggle-comments').click();
  const panel = page.getByTestId('comments-panel');
  await panel.getByRole('textbox', { name: 'Your name' }).fill('Rita 审阅');
  await page.evaluate(() => {
    const editor = document.querySelector('.workspace [data-lexical-editor="true"]')!;
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf('change motion') ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'change motion'.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return;
    }
  });
  await expect.poll(() => optionLabel(page, /change motion/).catch(() => '')).toBeTruthy();
  await addComment(page, /change motion/, 'Which law is this?');

  const video = page.locator('.workspace video').first();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThan(0);
  await video.evaluate((v: HTMLVideoElement) => {
    v.currentTime = 1.5;
  });
  await expect.poll(() => optionLabel(page, /^Video at 0:01$/).catch(() => '')).toBeTruthy();
  await addComment(page, /^Video at 0:01$/, 'The pattern flickers here.');

  await page.getByTestId('outline-lesson').filter({ hasText: 'Quiz time' }).click();
  await expect
    .poll(() => optionLabel(page, /^Quiz question: Which are vectors/).catch(() => ''))
    .toBeTruthy();
  await addComment(page, /^Quiz question: Which are vectors/, 'Add a distractor.');
  await reviewerHost.kill('SIGTERM');

  // The author edits the commented paragraph's neighbours, then merges the copy twice.
  const project = Project.open(course.path);
  try {
    const lesson = getLesson(project.db, videoLesson);
    const paragraph = (text: string): SerializedNode => ({
      type: 'paragraph',
      version: 1,
      children: [{ type: 'text', version: 1, text }],
    });
    const children = lesson.doc.root.children;
    const edited: LessonDocument = {
      root: {
        ...lesson.doc.root,
        children: [
          paragraph('A brand new opening.'),
          paragraph('Why do forces matter?'),
          ...children.slice(1),
        ],
      },
    };
    saveLesson(project.db, videoLesson, edited, lesson.revision, now());
  } finally {
    project.close();
  }

  await openStudio(page, course.path);
  await expect(page.getByTestId('review-mode')).toHaveCount(0);
  await page.getByTestId('toggle-comments').click();
  const comments = page.getByTestId('comments-panel').getByTestId('comment');
  await expect(comments).toHaveCount(0);
  // Merged from the panel, as an author would: the second time adds nothing.
  const mergeInput = page.getByTestId('merge-review-file');
  await mergeInput.setInputFiles(copyPath);
  await expect(page.getByText('3 comments added (0 orphaned); 0 were already here.')).toBeVisible();
  await expect(comments).toHaveCount(3);
  await mergeInput.setInputFiles(copyPath);
  await expect(page.getByText('0 comments added (0 orphaned); 3 were already here.')).toBeVisible();
  await expect(comments).toHaveCount(3);
  await expect(comments.nth(0)).toContainText('On "change motion"');
  await expect(comments.nth(0)).toContainText('Which law is this?');
  await expect(comments.nth(1)).toContainText('Video at 0:01');
  await expect(comments.nth(2)).toContainText('Quiz question');

  // From the quiz lesson, the video comment opens its lesson and seeks.
  await page.getByTestId('outline-lesson').filter({ hasText: 'Quiz time' }).click();
  await comments.nth(1).getByRole('button').first().click();
  const authorVideo = page.locator('.workspace video').first();
  await expect
    .poll(() => authorVideo.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 10_000 })
    .toBeCloseTo(1.5, 1);
  // The quiz comment opens its lesson at the second question.
  await comments.nth(2).getByRole('button').first().click();
  await expect(page.getByTestId('quiz-block').nth(1)).toBeInViewport();
  await expect(page.getByTestId('quiz-block').nth(0)).not.toBeInViewport();

  // Threads: the author replies to the passage comment and resolves the thread.
  const commentsPanel = page.getByTestId('comments-panel');
  await commentsPanel.getByRole('textbox', { name: 'Your name' }).fill('Author 作者');
  await comments.nth(0).getByTestId('comment-reply').click();
  await expect(commentsPanel.getByTestId('replying-to')).toContainText('Reply to Rita 审阅');
  await commentsPanel.getByRole('textbox', { name: 'Comment' }).fill('Newton’s second law.');
  await commentsPanel.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(comments).toHaveCount(4);
  await expect(comments.nth(1)).toContainText('Newton’s second law.');
  await expect(comments.nth(1)).toHaveClass(/is-reply/);
  await comments.nth(0).getByRole('button', { name: 'Resolve' }).click();
  await expect(comments).toHaveCount(2); // the open filter hides the resolved thread
  await commentsPanel.getByRole('combobox', { name: 'Comments' }).selectOption('resolved');
  await expect(comments).toHaveText([/Which law is this\?/, /Newton’s second law\./]);
  await commentsPanel.getByRole('combobox', { name: 'Comments' }).selectOption('all');

  const axe = () =>
    new AxeBuilder({ page })
      .include('[data-testid="comments-panel"], [data-testid="history-panel"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
      .then((result) => result.violations.map((violation) => violation.id));
  expect(await axe()).toEqual([]);

  // History: the merges took automatic snapshots; a named one goes on top, and the open
  // lesson compares with it word by word.
  await page.getByTestId('toggle-history').click();
  const history = page.getByTestId('history-panel');
  await expect(history.getByTestId('snapshot').first()).toContainText('Before merging a review');
  await history.getByRole('textbox', { name: 'Snapshot name' }).fill('After review 审阅后');
  await history.getByTestId('take-snapshot').click();
  await expect(history.getByTestId('snapshot').first()).toContainText('After review 审阅后');
  await expect(history.getByTestId('snapshot').first()).toContainText(
    '0 added, 0 removed, 0 edited',
  );
  await history
    .getByTestId('snapshot')
    .first()
    .getByRole('button', { name: 'Compare with now' })
    .click();
  await expect(history.getByTestId('lesson-diff')).toContainText('Answer both.');
  await expect(history.getByTestId('lesson-diff').locator('ins, del')).toHaveCount(0);
  expect(await axe()).toEqual([]);
});
