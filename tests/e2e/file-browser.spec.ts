/**
 * In the browser mode nothing asks for a typed path: Open, "Save to" and the Export dialog
 * browse folders through the host (limited to home and the course's folder), and a finished
 * export downloads.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createCourseFile, removeTempDirs, startHost, tempDir, type RunningHost } from './support';

let hosts: RunningHost[] = [];

test.afterEach(async () => {
  await Promise.all(hosts.map((host) => host.kill('SIGTERM')));
  hosts = [];
  removeTempDirs();
});

/** WCAG 2.1 A / AA findings inside the file browser, one line each. */
async function browserViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .include('[data-testid="file-browser"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  );
}

test('open, create and export by browsing folders, then download the package', async ({ page }) => {
  const dir = tempDir();
  const home = join(dir, 'teacher');
  mkdirSync(join(home, 'Courses', 'Physics'), { recursive: true });
  mkdirSync(join(home, 'Exports'));
  createCourseFile(join(home, 'Courses', 'Physics', 'optics.course'), 'Optics');
  const host = await startHost({ home: join(dir, 'settings'), env: { HOME: home } });
  hosts.push(host);
  await page.goto(host.url);

  // Open: browse to the course and pick it; only .course files are listed.
  await page.getByTestId('open-course-browse').click();
  const browser = page.getByTestId('file-browser');
  await expect(browser.getByTestId('file-browser-path')).toHaveText(home);
  await expect(browser.getByTestId('file-browser-up')).toBeDisabled();
  expect(await browserViolations(page)).toEqual([]);
  await browser.getByRole('button', { name: 'Courses (Folder)' }).click();
  await browser.getByRole('button', { name: 'Physics (Folder)' }).click();
  await expect(browser.getByTestId('file-browser-path')).toHaveText(
    join(home, 'Courses', 'Physics'),
  );
  await browser.getByRole('button', { name: 'optics.course' }).click();
  await expect(page.getByTestId('lesson-content')).toHaveAttribute('contenteditable', 'true');
  await page.getByTestId('close-course').click();

  // New course: "Save to" by choosing a folder; the file name follows the title.
  await page.getByTestId('new-course-title').fill('Waves');
  await page.getByTestId('new-course-browse').click();
  await expect(browser.getByTestId('file-browser-path')).toHaveText(home);
  await browser.getByRole('button', { name: 'Courses (Folder)' }).click();
  // Up goes back, and not above home.
  await browser.getByTestId('file-browser-up').click();
  await expect(browser.getByTestId('file-browser-path')).toHaveText(home);
  await browser.getByRole('button', { name: 'Courses (Folder)' }).click();
  await expect(browser.getByTestId('file-browser-path')).toHaveText(join(home, 'Courses'));
  await browser.getByTestId('file-browser-choose').click();
  await expect(browser).toBeHidden();
  await expect(page.getByTestId('new-course-path')).toHaveValue(
    join(home, 'Courses', 'Waves.course'),
  );
  await page.getByTestId('create-course').click();
  await expect(page.getByTestId('lesson-content')).toHaveAttribute('contenteditable', 'true');
  expect(statSync(join(home, 'Courses', 'Waves.course')).isFile()).toBe(true);

  // Export: choose the folder, export, download.
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-format-scorm12').check();
  await dialog.getByTestId('export-browse').click();
  // It starts in the course's folder; up to home, then into Exports.
  await expect(browser.getByTestId('file-browser-path')).toHaveText(join(home, 'Courses'));
  await browser.getByTestId('file-browser-up').click();
  await browser.getByRole('button', { name: 'Exports (Folder)' }).click();
  await expect(browser.getByTestId('file-browser-path')).toHaveText(join(home, 'Exports'));
  await browser.getByTestId('file-browser-choose').click();
  const target = join(home, 'Exports', 'Waves-scorm12.zip');
  await expect(dialog.getByTestId('export-path')).toHaveValue(target);
  await dialog.getByTestId('export-start').click();
  await expect(dialog.getByTestId('export-result-path')).toHaveText(target, { timeout: 30_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByTestId('export-download').click(),
  ]);
  expect(download.suggestedFilename()).toBe('Waves-scorm12.zip');
  const saved = await download.path();
  expect(readFileSync(saved).equals(readFileSync(target))).toBe(true);

  // The download route and fs.list refuse what is outside home and the course's folder.
  const refused = await page.evaluate(async () => {
    const download = await fetch('/download?path=%2Fetc%2Fpasswd');
    const list = await fetch('/rpc/fs.list', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: '/etc' }),
    });
    return {
      download: download.status,
      list: ((await list.json()) as { error: { code: string } }).error.code,
    };
  });
  expect(refused).toEqual({ download: 403, list: 'PATH_OUTSIDE_ROOTS' });
});
