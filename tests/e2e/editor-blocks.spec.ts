/**
 * Quiz and video blocks as a teacher edits them: focus moves to a field just added (so Space
 * types instead of pressing "Add" again), undo in block fields goes word by word, the first
 * imported video lands at the caret with no stray empty paragraph, and the editor's player
 * shows exactly the captions its menu says.
 */
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { hasFfmpeg, makeClip, writeSrt } from './media-clips';
import { firstLessonBlocks } from './studio-rpc';
import { createCourseFile, removeTempDirs, startHost, tempDir, type RunningHost } from './support';

let hosts: RunningHost[] = [];

test.afterEach(async () => {
  await Promise.all(hosts.map((host) => host.kill('SIGTERM')));
  hosts = [];
  removeTempDirs();
});

async function openCourse(page: Page): Promise<string> {
  const dir = tempDir();
  const file = join(dir, 'physics.course');
  createCourseFile(file, 'Physics');
  const host = await startHost({ home: join(dir, 'home'), file });
  hosts.push(host);
  await page.goto(host.url);
  await expect(page.getByTestId('lesson-content')).toHaveAttribute('contenteditable', 'true');
  await page.getByTestId('lesson-content').click();
  return dir;
}

async function saved(page: Page) {
  await page.waitForTimeout(100);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', {
    timeout: 10_000,
  });
}

test('quiz fields: undo goes word by word, and a new choice takes the focus', async ({ page }) => {
  await openCourse(page);
  await page.keyboard.type('/quiz');
  await expect(page.getByTestId('slash-menu').getByRole('option')).toHaveText(['Quiz']);
  await page.keyboard.press('Enter');
  const quiz = page.getByTestId('quiz-block');
  const prompt = quiz.getByTestId('quiz-prompt');
  await expect(prompt).toBeFocused();
  await page.keyboard.type('Which organelle makes energy');

  await page.keyboard.press('Control+z');
  await expect(prompt).toHaveValue('Which organelle makes ');
  await expect(prompt).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(prompt).toHaveValue('Which organelle ');
  await page.keyboard.press('Control+Shift+z');
  await expect(prompt).toHaveValue('Which organelle makes ');
  await page.keyboard.type('ATP?');
  await expect(prompt).toHaveValue('Which organelle makes ATP?');
  // The lesson around the block is untouched by all this.
  await expect(page.getByTestId('quiz-block')).toHaveCount(1);

  // "Add choice" from the keyboard: the new choice's field takes focus, so Space types there.
  const choices = quiz.getByTestId('quiz-choice');
  await expect(choices).toHaveCount(2);
  await quiz.getByTestId('quiz-add-choice').focus();
  await page.keyboard.press('Enter');
  await expect(choices).toHaveCount(3);
  await expect(choices.nth(2).getByTestId('quiz-choice-text')).toBeFocused();
  await page.keyboard.type(' Nucleus');
  await expect(choices).toHaveCount(3);
  await expect(choices.nth(2).getByTestId('quiz-choice-text')).toHaveValue(' Nucleus');
  await saved(page);
});

test.describe('video blocks', () => {
  test.skip(!hasFfmpeg(), 'ffmpeg is not installed: these tests transcode a real clip');

  const showingTracks = (block: Locator) =>
    block.getByTestId('video-element').evaluate((video: HTMLVideoElement) =>
      Array.from(video.textTracks)
        .filter((track) => track.mode === 'showing')
        .map((track) => track.language),
    );

  test('the first import lands at the caret; captions follow the menu; a new chapter takes focus', async ({
    page,
  }) => {
    const dir = await openCourse(page);
    const clip = makeClip(dir, 'Lecture.mp4', { width: 320, height: 180, seconds: 3 });
    const english = writeSrt(dir, 'lecture.en.srt', ['Hello', 'World', 'Bye']);
    const chinese = writeSrt(dir, 'lecture.zh.srt', ['你好', '世界', '再见']);

    await page.keyboard.type('Intro');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Outro');
    await page.keyboard.press('ArrowUp');
    await page.getByTestId('video-file-input').setInputFiles(clip);
    const block = page.getByTestId('video-block');
    await expect(block.getByTestId('video-element')).toBeVisible({ timeout: 30_000 });
    await saved(page);
    const blocks = await firstLessonBlocks(page);
    expect(blocks.map((node) => node.type)).toEqual(['paragraph', 'video', 'paragraph']);

    // Captions added after the block was on screen: the menu says off, and nothing shows.
    await page.getByTestId('toggle-media').click();
    const item = page.getByTestId('media-library').getByTestId('media-item');
    await expect(item).toHaveAttribute('data-state', 'ready');
    const captionsDialog = page.getByTestId('captions-dialog');
    for (const [lang, file] of [
      ['en', english],
      ['zh-CN', chinese],
    ] as const) {
      await item.getByTestId('media-add-captions').click();
      await captionsDialog.getByTestId('captions-language').selectOption(lang);
      await captionsDialog.getByTestId('captions-file').setInputFiles(file);
      await captionsDialog.getByTestId('captions-add-submit').click();
      await expect(captionsDialog).toBeHidden();
    }
    await page.getByTestId('toggle-media').click();
    const menu = block.getByTestId('video-captions');
    await expect(menu.locator('option')).toHaveCount(3);
    await expect(menu).toHaveValue('');
    await expect.poll(() => showingTracks(block)).toEqual([]);
    await menu.selectOption('zh-CN');
    await expect.poll(() => showingTracks(block)).toEqual(['zh-CN']);
    await menu.selectOption('en');
    await expect.poll(() => showingTracks(block)).toEqual(['en']);
    await menu.selectOption('');
    await expect.poll(() => showingTracks(block)).toEqual([]);

    // "Add chapter at current time": focus goes to the new chapter's title.
    await block.getByTestId('chapters-edit').click();
    await block.getByTestId('chapter-add').focus();
    await page.keyboard.press('Space');
    await expect(block.getByTestId('chapter-title')).toHaveCount(1);
    await expect(block.getByTestId('chapter-title')).toBeFocused();
    await page.keyboard.type(' Start');
    await expect(block.getByTestId('chapter-title')).toHaveCount(1);
    await expect(block.getByTestId('chapter-title')).toHaveValue(' Start');

    // The video's title field undoes word by word too.
    const title = block.getByTestId('video-title');
    await title.click();
    await page.keyboard.type('Forces in motion');
    await page.keyboard.press('Control+z');
    await expect(title).toHaveValue('Forces in ');
  });
});
