/**
 * Publishing from the studio, as a teacher does it: add a destination in the Publish dialog,
 * send the course to a real tus server, see it in the History panel, and be asked before the
 * unchanged course is sent again. The readiness check's "Go to" opens the lesson at the block
 * it is about, and refuses a publish that would ship a question with no correct answer.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { addLessonWithBrokenQuiz, makePublishableCourse } from '../support/publish-course';
import { startTusServer, type RunningServer } from '../support/publish-servers';
import { removeTempDirs, startHost, tempDir, type RunningHost } from './support';

const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
let host: RunningHost | null = null;
let tus: RunningServer | null = null;

test.afterEach(async () => {
  await host?.kill('SIGTERM');
  await tus?.close();
  host = null;
  tus = null;
  removeTempDirs();
});

test('publish to a tus server from the dialog, see it in History, and be asked before sending it unchanged', async ({
  page,
}) => {
  const dir = tempDir();
  const store = join(dir, 'store');
  tus = await startTusServer(store);
  const file = join(dir, 'physics.course');
  makePublishableCourse(file);
  host = await startHost({ home: join(dir, 'home'), file });
  await page.goto(host.url);

  await page.getByTestId('open-publish').click();
  const dialog = page.getByTestId('publish-dialog');
  // No destination yet: the form is open.
  await dialog.getByTestId('profile-kind').selectOption('tus');
  await dialog.getByTestId('profile-name').fill('Media store');
  await dialog.getByTestId('profile-url').fill(tus.url);
  await dialog.getByTestId('profile-save').click();
  await expect(dialog.getByTestId('publish-profile')).toHaveValue('Media store');

  await dialog.getByTestId('publish-start').click();
  await expect(dialog.getByTestId('publish-succeeded')).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: join(screenshotDir, 'publish-dialog.png') });
  const uploads = readdirSync(store).filter((name) => !name.endsWith('.json'));
  expect(uploads).toHaveLength(1);
  const sent = createHash('sha256')
    .update(readFileSync(join(store, uploads[0]!)))
    .digest('hex');

  // Again, unchanged: asked first; nothing is sent until the teacher says so.
  await dialog.getByTestId('publish-start').click();
  await expect(dialog.getByTestId('publish-unchanged')).toBeVisible({ timeout: 30_000 });
  expect(readdirSync(store).filter((name) => !name.endsWith('.json'))).toHaveLength(1);
  await dialog.getByTestId('publish-again').click();
  await expect(dialog.getByTestId('publish-succeeded')).toBeVisible({ timeout: 30_000 });
  expect(readdirSync(store).filter((name) => !name.endsWith('.json'))).toHaveLength(2);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByTestId('open-history').click();
  const history = page.getByTestId('history-dialog');
  await expect(history.getByTestId('history-row')).toHaveCount(2);
  await expect(history.getByTestId('history-row').first()).toContainText('Media store');
  await expect(history.getByTestId('history-row').first()).toContainText('Published');
  await expect(history.getByTestId('history-row').first()).toContainText(sent.slice(0, 12));
  await page.screenshot({ path: join(screenshotDir, 'publish-history.png') });
});

test('Check course jumps to the broken question, and Publish refuses until it is fixed (in Chinese)', async ({
  page,
}) => {
  const dir = tempDir();
  const file = join(dir, 'quiz.course');
  makePublishableCourse(file);
  addLessonWithBrokenQuiz(file, '第二课 测验');
  host = await startHost({ home: join(dir, 'home'), file });
  await page.goto(host.url);
  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings-language').selectOption('zh-CN');
  await page.getByTestId('settings-save').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.getByTestId('open-check').click();
  const check = page.getByTestId('check-dialog');
  const item = check.getByTestId('readiness-QUIZ_NO_CORRECT_ANSWER');
  await expect(item).toContainText('题目“Which one?”没有正确答案。');
  await expect(item).toContainText('第二课 测验');
  await page.screenshot({ path: join(screenshotDir, 'check-course-zh.png') });
  await item.getByRole('button', { name: '前往' }).click();
  await expect(page.getByTestId('lesson-title')).toHaveText('第二课 测验');
  const revealed = page.locator('.lesson-content > .is-revealed');
  await expect(revealed).toHaveCount(1);
  await expect(revealed).toContainText('Which one?');

  await page.getByTestId('open-publish').click();
  const dialog = page.getByTestId('publish-dialog');
  await dialog.getByTestId('profile-kind').selectOption('folder');
  await dialog.getByTestId('profile-name').fill('共享盘');
  await dialog.getByTestId('profile-url').fill(dir);
  await dialog.getByTestId('profile-save').click();
  await dialog.getByTestId('publish-start').click();
  await expect(dialog.getByTestId('publish-not-ready')).toContainText('请先修复');
  await expect(dialog.getByTestId('readiness-QUIZ_NO_CORRECT_ANSWER')).toBeVisible();
  expect(readdirSync(dir).filter((name) => name.endsWith('.zip'))).toEqual([]);
});
