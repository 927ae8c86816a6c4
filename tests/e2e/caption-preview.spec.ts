/**
 * Issue 9 item 13: the captions dialog shows a legacy-encoded file's first lines as they
 * would be stored, detected by the caption language, and lets the author pick another
 * encoding before adding it.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { hasFfmpeg, makeClip } from './media-clips';
import { createCourseFile, removeTempDirs, startHost, tempDir, type RunningHost } from './support';

let hosts: RunningHost[] = [];

test.skip(!hasFfmpeg(), 'ffmpeg is not installed: the test imports a real clip');

test.afterEach(async () => {
  await Promise.all(hosts.map((host) => host.kill('SIGTERM')));
  hosts = [];
  removeTempDirs();
});

test('a Big5 caption file is previewed readable for zh-TW, and another encoding can be picked', async ({
  page,
}) => {
  const dir = tempDir();
  const file = join(dir, 'course.course');
  createCourseFile(file, 'Captions');
  const host = await startHost({ home: join(dir, 'home'), file });
  hosts.push(host);
  const clip = makeClip(dir, 'Short.mp4', { width: 320, height: 180, seconds: 2 });
  const big5 = join(dir, 'lecture.zh-TW.srt');
  writeFileSync(
    big5,
    execFileSync('iconv', ['-f', 'UTF-8', '-t', 'BIG5'], {
      input:
        '1\n00:00:00,000 --> 00:00:01,000\n繁體中文字幕測試\n\n2\n00:00:01,000 --> 00:00:02,000\n第二行字幕\n',
    }),
  );

  await page.goto(host.url);
  await expect(page.getByTestId('lesson-content')).toHaveAttribute('contenteditable', 'true');
  await page.getByTestId('lesson-content').click();
  await page.getByTestId('video-file-input').setInputFiles(clip);
  await page.getByTestId('toggle-media').click();
  const item = page.getByTestId('media-library').getByTestId('media-item');
  await expect(item).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });

  await item.getByTestId('media-add-captions').click();
  const dialog = page.getByTestId('captions-dialog');
  await dialog.getByTestId('captions-language').selectOption('other');
  await dialog.getByTestId('captions-language-tag').fill('zh-TW');
  await dialog.getByTestId('captions-file').setInputFiles(big5);
  const lines = dialog.getByTestId('captions-preview-lines').locator('li');
  await expect(lines).toHaveText(['繁體中文字幕測試', '第二行字幕']);
  await expect(dialog.getByTestId('captions-encoding')).toHaveValue('big5');
  await expect(dialog.getByTestId('captions-preview')).toContainText('2');

  // The same bytes read as GB18030 are the garbled text the old importer stored.
  await dialog.getByTestId('captions-encoding').selectOption('gb18030');
  await expect(lines.first()).not.toHaveText('繁體中文字幕測試');
  await dialog.getByTestId('captions-encoding').selectOption('big5');
  await expect(lines.first()).toHaveText('繁體中文字幕測試');

  await dialog.getByTestId('captions-add-submit').click();
  await expect(dialog).toBeHidden();
  await expect(item.getByTestId('media-caption')).toHaveText(/繁體/);
});
