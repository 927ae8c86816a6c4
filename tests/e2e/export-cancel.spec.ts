/**
 * Cancelling an export from the Export dialog: Cancel (or Escape) while the package is being
 * written stops it, the dialog says so in the user's language, nothing is left at the path
 * or beside it, and the user can start again. The export is a job: the job tray shows it with
 * its own label while it runs, and cancelling ends that job. The course carries a 1 GiB lecture so the
 * export takes seconds, long enough to cancel by hand.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { createExportCourse } from '../support/export-course';
import { callStudio } from './studio-rpc';
import { removeTempDirs, startHost, tempDir, type RunningHost } from './support';

const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));

let host: RunningHost | null = null;

test.afterEach(async () => {
  await host?.kill('SIGTERM');
  host = null;
  removeTempDirs();
});

/** Starts an export and waits until its temporary file is being written beside the target. */
async function startExport(page: Page, dir: string) {
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-start').click();
  await expect(dialog.getByTestId('export-progress')).toBeVisible();
  await expect
    .poll(() => readdirSync(dir).some((name) => name.endsWith('.partial')), { timeout: 30_000 })
    .toBe(true);
}

test('a running export is cancelled with the Cancel button or Escape and leaves nothing behind', async ({
  page,
}) => {
  const dir = tempDir();
  const file = join(dir, 'lectures.course');
  createExportCourse(file, { title: 'Long lectures', videoMiB: 1024 });
  host = await startHost({ home: join(dir, 'home'), file });
  await page.goto(host.url);
  await expect(page.getByTestId('lesson-content')).toHaveAttribute('contenteditable', 'true');
  const entries = readdirSync(dir).sort();

  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-format-scorm12').check();
  const target = join(dir, 'lectures-scorm12.zip');
  await expect(dialog.getByTestId('export-path')).toHaveValue(target);

  await startExport(page, dir);
  const trayTitle = page.getByTestId('job-tray').getByTestId('job-title');
  await expect(trayTitle).toHaveText('Export: lectures-scorm12.zip');
  await dialog.getByTestId('export-cancel').click();
  const cancelled = dialog.getByTestId('export-cancelled');
  await expect(cancelled).toContainText('Export cancelled');
  await expect(cancelled).toContainText('Nothing was written.');
  await expect(dialog.getByTestId('export-progress')).toBeHidden();
  await expect(page.getByTestId('job-tray')).toHaveCount(0);
  await expect(dialog.getByTestId('export-start')).toBeEnabled();
  expect(existsSync(target)).toBe(false);
  expect(readdirSync(dir).sort()).toEqual(entries);

  mkdirSync(screenshotDir, { recursive: true });
  await page.mouse.move(10, 790);
  await dialog.screenshot({ path: join(screenshotDir, 'export-cancelled.png') });

  // In Chinese, the user starts again and Escape cancels the export without closing the dialog;
  // a second Escape then closes it.
  await callStudio(page, 'settings.set', { uiLanguage: 'zh-CN' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByTestId('open-export').click();
  await dialog.getByTestId('export-format-scorm12').check();
  await startExport(page, dir);
  await expect(trayTitle).toHaveText('导出：lectures-scorm12.zip');
  await expect(dialog.getByTestId('export-cancel')).toHaveText('取消导出');
  await page.keyboard.press('Escape');
  await expect(cancelled).toContainText('导出已取消');
  await expect(dialog).toBeVisible();
  expect(readdirSync(dir).sort()).toEqual(entries);
  const jobs = await callStudio(page, 'jobs.list', {});
  expect(jobs.map((job) => [job.kind, job.state])).toEqual([
    ['export', 'cancelled'],
    ['export', 'cancelled'],
  ]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
