/**
 * The README's pictures of the lesson editor, in English (editor.png) and Chinese
 * (editor-zh.png): a lesson built the way a teacher would, with an equation inline and on
 * its own line, a table filled with Tab, sub/superscript and an imported video.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { hasFfmpeg, makeClip } from './media-clips';
import { createCourseFile, removeTempDirs, startHost, tempDir, type RunningHost } from './support';

const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
let hosts: RunningHost[] = [];

test.afterEach(async () => {
  await Promise.all(hosts.map((host) => host.kill('SIGTERM')));
  hosts = [];
  removeTempDirs();
});

test.skip(!hasFfmpeg(), 'ffmpeg is not installed: the screenshot shows an imported video');

test('screenshots of the editor with a table, an equation and a video', async ({ page }) => {
  const dir = tempDir();
  const file = join(dir, 'physics.course');
  createCourseFile(file, 'Physics 物理');
  const host = await startHost({ home: join(dir, 'home'), file });
  hosts.push(host);
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(host.url);
  const content = page.getByTestId('lesson-content');
  await expect(content).toHaveAttribute('contenteditable', 'true');
  await content.click();

  await page.keyboard.type("# Newton's second law 牛顿第二定律");
  await page.keyboard.press('Enter');
  await page.keyboard.type('A net force accelerates a mass: ');
  await page.getByTestId('tool-math').click();
  await expect(page.getByTestId('math-input')).toBeFocused();
  await page.keyboard.type('\\vec{F} = m\\vec{a}');
  await page.keyboard.press('Enter');
  await page.keyboard.type('. Water is H');
  await page.keyboard.press('Control+,');
  await page.keyboard.type('2');
  await page.keyboard.press('Control+,');
  await page.keyboard.type('O; 1 N = 1 kg·m/s');
  await page.keyboard.press('Control+.');
  await page.keyboard.type('2');
  await page.keyboard.press('Control+.');
  await page.keyboard.type('.');
  await page.keyboard.press('Enter');

  await page.getByTestId('tool-math-block').click();
  await expect(page.getByTestId('math-input')).toBeFocused();
  await page.keyboard.type('x(t) = x_0 + v_0 t + \\frac{1}{2} a t^2');
  await page.keyboard.press('Enter');

  await page.getByTestId('tool-table').click();
  const cells = [
    ['Quantity 物理量', 'Symbol', 'SI unit'],
    ['Force 力', 'F', 'newton (N)'],
    ['Mass 质量', 'm', 'kilogram (kg)'],
    ['Acceleration 加速度', 'a', 'm/s²'],
  ];
  for (const [rowIndex, row] of cells.entries()) {
    for (const [cellIndex, text] of row.entries()) {
      await page.keyboard.type(text);
      if (rowIndex < cells.length - 1 || cellIndex < row.length - 1) {
        await page.keyboard.press('Tab');
      }
    }
  }
  await expect(content.locator('tr')).toHaveCount(4);
  await page.keyboard.press('Control+End');

  const clip = makeClip(dir, 'Lecture 1.mp4', { width: 640, height: 360, seconds: 3 });
  await page.getByTestId('video-file-input').setInputFiles(clip);
  const block = page.getByTestId('video-block');
  await expect(block.getByTestId('video-element')).toBeVisible({ timeout: 30_000 });
  await block.getByTestId('video-title').fill('Lecture 1: forces 力');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', {
    timeout: 10_000,
  });

  // The caret in the first paragraph, the pointer out of the way.
  await content
    .locator('p.lc-p')
    .first()
    .click({ position: { x: 5, y: 5 } });
  await page.locator('.editor-scroll').evaluate((scroller) => scroller.scrollTo(0, 0));
  await page.mouse.move(1270, 990);
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, 'editor.png') });

  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings-dialog').locator('select').selectOption('zh-CN');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('open-export')).toHaveText('导出…');
  await content
    .locator('p.lc-p')
    .first()
    .click({ position: { x: 5, y: 5 } });
  await page.mouse.move(1270, 990);
  await page.screenshot({ path: join(screenshotDir, 'editor-zh.png') });
});
