/**
 * Chinese as a teacher types it: the "/" menu opens on "、" and "／" (what Chinese input
 * methods type for the / key) and is announced in Chinese; outline sections are 单元, apart
 * from a video's 章节; and an error already on screen follows a switch of the UI language.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { removeTempDirs, startHost, tempDir, type RunningHost } from './support';

let hosts: RunningHost[] = [];

test.afterEach(async () => {
  await Promise.all(hosts.map((host) => host.kill('SIGTERM')));
  hosts = [];
  removeTempDirs();
});

test('an error is re-shown in the new language; 、 and ／ open the block menu', async ({
  page,
}) => {
  const dir = tempDir();
  const host = await startHost({ home: join(dir, 'settings'), env: { HOME: dir } });
  hosts.push(host);
  await page.goto(host.url);

  // An error on screen, in English...
  await page.getByTestId('open-course-path').fill(join(dir, 'missing.course'));
  await page.getByTestId('open-course').click();
  const form = page.getByTestId('open-course-form');
  await expect(form.getByRole('alert')).toHaveText('The file could not be found.');
  // ...is worded again in Chinese after the switch, not left in English.
  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings-dialog').locator('select').selectOption('zh-CN');
  await page.getByTestId('settings-save').click();
  await expect(form.getByRole('alert')).toHaveText('找不到该文件。');

  // A Chinese course: its first section is a 单元, and adding one says so.
  await page.getByTestId('new-course-title').fill('光学');
  await page
    .getByTestId('new-course-form')
    .locator('label.segment', { has: page.locator('input[value="zh-CN"]') })
    .click();
  await page.getByTestId('create-course').click();
  const content = page.getByTestId('lesson-content');
  await expect(content).toHaveAttribute('contenteditable', 'true');
  await expect(page.getByRole('button', { name: '添加单元' })).toBeVisible();
  await expect(page.getByTestId('outline')).toContainText('第一单元');

  // "、" at the start of a block opens the menu, labelled in Chinese for screen readers.
  await content.click();
  await page.keyboard.type('、');
  const menu = page.getByTestId('slash-menu');
  await expect(menu).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Typeahead menu' })).toHaveCount(0);
  await expect(page.getByRole('listbox', { name: '插入内容块' })).not.toHaveCount(0);
  await page.keyboard.type('标题');
  await expect(menu.getByRole('option').first()).toHaveText(/标题 1/);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');

  // The full-width "／" too; choosing an entry removes what was typed.
  await page.keyboard.type('／表格');
  await expect(menu.getByRole('option')).toHaveText(['插入表格']);
  await page.keyboard.press('Enter');
  await expect(content.locator('table')).toBeVisible();
  await expect(content).not.toContainText('／');
  // In the middle of a sentence "、" is the enumeration comma and stays text.
  await page.keyboard.type('苹果、香蕉');
  await expect(menu).toBeHidden();
  await expect(content).toContainText('苹果、香蕉');
});
