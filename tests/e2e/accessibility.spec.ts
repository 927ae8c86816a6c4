/**
 * Accessibility, checked by axe-core's WCAG 2.1 A and AA rules (contrast included) in
 * Chromium: the studio's start screen, editor and dialogs in English and Chinese, and the
 * learner player's lesson, video, quiz, feedback and summary pages.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { runExport } from '../../electron/core/export/run-export';
import { Project } from '../../electron/core/project/project';
import { cliPath } from '../support/cli';
import { createExportCourse } from '../support/export-course';
import { removeTempDirs, startHost, tempDir, type RunningHost } from './support';
import { addQuestionToFirstLesson } from './lesson-quiz';

let hosts: RunningHost[] = [];
test.afterEach(async () => {
  await Promise.all(hosts.map((host) => host.kill('SIGTERM')));
  hosts = [];
  removeTempDirs();
});

/** What axe finds against WCAG 2.1 A / AA on the page, one "rule: element (why)" line each. */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return found.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id}: ${node.target.join(' ')} (${node.failureSummary?.split('\n')[1]?.trim() ?? ''})`,
    ),
  );
}

test('the studio passes axe: start screen, editor, dialogs and media, in English and Chinese', async ({
  page,
}) => {
  const dir = tempDir();
  const file = join(dir, 'sample.course');
  const made = spawnSync(
    process.execPath,
    [cliPath, 'new', file, '--from-sample', 'bilingual-intro'],
    { encoding: 'utf8' },
  );
  expect(made.status, made.stderr).toBe(0);
  const host = await startHost({ home: join(dir, 'home'), file });
  hosts.push(host);
  await page.goto(host.url);
  await expect(page.getByTestId('lesson-content')).toHaveAttribute('contenteditable', 'true');
  // The pass mark dialog is only offered on a lesson with questions.
  await addQuestionToFirstLesson(page);
  expect(await violations(page), 'editor').toEqual([]);

  for (const [opener, dialog] of [
    ['open-export', 'export-dialog'],
    ['open-course-settings', 'course-settings-dialog'],
    ['lesson-passing', 'lesson-passing-dialog'],
    ['open-settings', 'settings-dialog'],
  ] as const) {
    await page.getByTestId(opener).click();
    await expect(page.getByTestId(dialog)).toBeVisible();
    expect(await violations(page), dialog).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId(dialog)).toBeHidden();
  }
  await page.getByTestId('toggle-media').click();
  expect(await violations(page), 'media library').toEqual([]);

  // The same in Chinese, and the start screen once the course is closed.
  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings-dialog').locator('select').selectOption('zh-CN');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('open-export')).toHaveText('导出…');
  expect(await violations(page), 'editor in Chinese').toEqual([]);
  await page.getByTestId('close-course').click();
  await expect(page.getByTestId('new-course-form')).toBeVisible();
  expect(await violations(page), 'start screen').toEqual([]);
});

test('the learner player passes axe: lesson with video, quiz, feedback and summary', async ({
  page,
}) => {
  const dir = tempDir();
  const course = createExportCourse(join(dir, 'a11y.course'), { language: 'zh-CN' });
  const project = Project.open(course.path);
  try {
    await runExport(project, { format: 'site', outPath: join(dir, 'site') });
  } finally {
    project.close();
  }
  await page.goto(pathToFileURL(join(dir, 'site', 'index.html')).href);
  // The site opens on its landing page; it passes too, then its start link opens lesson 1.
  await expect(page.locator('.cs-home')).toBeVisible();
  expect(await violations(page), 'landing page').toEqual([]);
  await page.locator('.cs-start').click();
  await expect(page.locator('figure.cs-video video')).toBeVisible();
  expect(await violations(page), 'lesson with video').toEqual([]);
  await page.locator('.cs-next').click();
  await expect(page.locator('form.cs-quiz')).toHaveCount(2);
  expect(await violations(page), 'quiz').toEqual([]);
  const quiz = page.locator('form.cs-quiz').nth(0);
  await quiz.getByRole('radio').first().check();
  await quiz.getByRole('button').click();
  await expect(quiz.locator('[role="status"], .cs-feedback').first()).toBeVisible();
  expect(await violations(page), 'feedback').toEqual([]);
  for (let i = 0; i < 2; i += 1) await page.locator('.cs-next').click();
  await page.getByRole('button', { name: '完成课程' }).click();
  await expect(page.locator('.cs-finished')).not.toBeEmpty();
  expect(await violations(page), 'summary').toEqual([]);

  // The check itself: an image without a text alternative is reported.
  await page.evaluate(() => document.body.append(document.createElement('img')));
  expect(await violations(page)).toEqual([expect.stringMatching(/^image-alt: /)]);
});
