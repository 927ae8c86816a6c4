/**
 * Lecture video in the studio, end to end: files chosen in the editor and the media library are
 * uploaded to the real web host, transcoded by the real core with ffmpeg, and played back in
 * Chromium through hls.js; captions, speed, the library and the job tray around them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { dropFile, hasFfmpeg, makeClip, writeSrt, type PageVideo } from './media-clips';
import { firstLessonBlocks } from './studio-rpc';
import { createCourseFile, removeTempDirs, startHost, tempDir, type RunningHost } from './support';

const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));

let hosts: RunningHost[] = [];

test.skip(!hasFfmpeg(), 'ffmpeg is not installed: the media tests transcode real clips');

test.afterEach(async () => {
  await Promise.all(hosts.map((host) => host.kill('SIGTERM')));
  hosts = [];
  removeTempDirs();
});

async function openCourse(page: Page, title: string): Promise<{ dir: string }> {
  const dir = tempDir();
  const file = join(dir, 'course.course');
  createCourseFile(file, title);
  const host = await startHost({ home: join(dir, 'home'), file });
  hosts.push(host);
  await page.goto(host.url);
  await expect(page.getByTestId('lesson-content')).toHaveAttribute('contenteditable', 'true');
  return { dir };
}

const videoOf = (block: Locator) => block.getByTestId('video-element');
const readVideo = <T>(block: Locator, read: (video: PageVideo) => T) =>
  videoOf(block).evaluate((element, source) => {
    // The reader travels as source text: page callbacks cannot close over test code.
    const fn = new Function('video', `return (${source})(video);`) as (video: unknown) => T;
    return fn(element);
  }, read.toString());

test('a video chosen in the editor uploads, converts with progress, and plays with captions and speed', async ({
  page,
}) => {
  const { dir } = await openCourse(page, 'Lecture course');
  const clip = makeClip(dir, 'Lecture 1.mp4', { width: 640, height: 360, seconds: 8 });
  const srt = writeSrt(dir, 'lecture-1.en.srt', [
    'Hello, class',
    'Today: test patterns',
    'Third line',
  ]);

  await page.getByTestId('lesson-content').click();
  await page.keyboard.type('Watch the lecture first.');
  await page.keyboard.press('Enter');
  await page.getByTestId('video-file-input').setInputFiles(clip);

  // The block appears at the caret and shows the import job's progress until it is done.
  const block = page.getByTestId('video-block');
  await expect(block).toBeVisible();
  await expect(block.getByTestId('video-import-progress')).toHaveText(/\d+%/, { timeout: 15_000 });
  await expect(page.getByTestId('job-tray').getByTestId('job-row')).toBeVisible();
  await expect(videoOf(block)).toBeVisible({ timeout: 30_000 });
  await expect(block.getByTestId('video-import-status')).toHaveCount(0);
  await expect(block.getByTestId('video-asset-name')).toContainText('Lecture 1');
  await expect(page.getByTestId('job-tray')).toHaveCount(0);

  // Plays through hls.js (a MediaSource blob: URL) from the host's /media route, at the 360p rung.
  await block.getByTestId('video-play').click();
  await expect
    .poll(() => readVideo(block, (video) => video.currentTime), { timeout: 15_000 })
    .toBeGreaterThan(0.5);
  expect(await readVideo(block, (video) => video.currentSrc)).toMatch(/^blob:/);
  expect(await readVideo(block, (video) => [video.videoWidth, video.videoHeight])).toEqual([
    640, 360,
  ]);

  await block.getByTestId('video-speed').selectOption('1.5');
  expect(await readVideo(block, (video) => video.playbackRate)).toBe(1.5);

  // Captions from the library: upload an SRT in English; the block offers and shows them.
  await page.getByTestId('toggle-media').click();
  const library = page.getByTestId('media-library');
  const item = library.getByTestId('media-item');
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-state', 'ready');
  await expect(item).toContainText('0:08');
  await expect(item).toContainText('640×360');
  await item.getByTestId('media-add-captions').click();
  const captionsDialog = page.getByTestId('captions-dialog');
  await captionsDialog.getByTestId('captions-language').selectOption('en');
  await captionsDialog.getByTestId('captions-file').setInputFiles(srt);
  await captionsDialog.getByTestId('captions-add-submit').click();
  await expect(captionsDialog).toBeHidden();
  await expect(item.getByTestId('media-caption')).toHaveText(/English/);

  // Captions can be removed again from the library (and added back).
  await item.getByTestId('media-caption').getByRole('button').click();
  await expect(item.getByTestId('media-caption')).toHaveCount(0);
  await item.getByTestId('media-add-captions').click();
  await captionsDialog.getByTestId('captions-language').selectOption('en');
  await captionsDialog.getByTestId('captions-file').setInputFiles(srt);
  await captionsDialog.getByTestId('captions-add-submit').click();
  await expect(item.getByTestId('media-caption')).toHaveText(/English/);

  await block.getByTestId('video-captions').selectOption('en');
  await readVideo(block, (video) => {
    video.pause();
    video.currentTime = 1.2;
  });
  await expect
    .poll(() => readVideo(block, (video) => video.textTracks[0]?.activeCues?.[0]?.text ?? ''), {
      timeout: 10_000,
    })
    .toBe('Today: test patterns');

  // Scrub thumbnails come from the asset's sprite.
  await block.getByTestId('video-scrub').hover({ position: { x: 40, y: 14 } });
  await expect(block.getByTestId('scrub-thumbnail')).toBeVisible();

  await page.getByTestId('toggle-media').click();
  await expect(library).toHaveCount(0);

  // Chapters are saved on the asset; an in-video question is saved in the block.
  await block.getByTestId('chapters-edit').click();
  await block.getByTestId('chapter-add').click();
  await block.getByTestId('chapter-title').last().fill('Colour bars');
  await block.getByTestId('chapter-add').click();
  await block.getByTestId('chapter-time').last().fill('0:05');
  await block.getByTestId('chapter-title').last().fill('Second half 后半部分');
  await block.getByTestId('chapters-save').click();
  await expect(block.getByTestId('video-chapters').getByRole('button')).toHaveText([
    /0:01\s*Colour bars/,
    /0:05\s*Second half 后半部分/,
    'Edit chapters',
  ]);
  await block.getByTestId('video-question-add').click();
  const questionDialog = page.getByTestId('video-question-dialog');
  await questionDialog.getByTestId('video-question-time').fill('0:03');
  await questionDialog.getByTestId('quiz-kind-truefalse').click();
  await questionDialog.getByTestId('quiz-prompt').fill('The test pattern moves.');
  await questionDialog.getByTestId('video-question-save').click();
  await expect(questionDialog).toBeHidden();
  await expect(block.getByTestId('video-question')).toContainText('The test pattern moves.');
  await expect(block.locator('.scrub-mark-question')).toHaveCount(1);

  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect
    .poll(async () => (await firstLessonBlocks(page)).find((node) => node.type === 'video'))
    .toMatchObject({
      type: 'video',
      version: 1,
      questions: [
        {
          time: 3,
          quiz: { kind: 'truefalse', prompt: 'The test pattern moves.', points: 1 },
        },
      ],
    });

  mkdirSync(screenshotDir, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.locator('.editor-scroll').evaluate((scroller) => scroller.scrollTo(0, 60));
  await block.getByTestId('video-scrub').hover({ position: { x: 190, y: 14 } });
  await expect(block.getByTestId('scrub-thumbnail')).toBeVisible();
  await page.screenshot({ path: join(screenshotDir, 'video-block.png') });
  await page.setViewportSize({ width: 1280, height: 800 });

  // The preview plays the same video in the learner player, with the question in place.
  await page.getByTestId('preview-lesson').click();
  const player = page.frameLocator('[data-testid="preview-frame"]');
  await expect(player.locator('figure.cs-video video')).toHaveCount(1);
  await expect(player.locator('.cs-video-question')).toHaveCount(1);
  await expect(player.locator('.cs-chapter')).toHaveCount(2);
  await page.screenshot({ path: join(screenshotDir, 'preview.png') });
  await page.getByTestId('preview-dialog').getByRole('button', { name: 'Close' }).click();

  // The lesson keeps the block: after a reload it loads and plays the same asset.
  await page.reload();
  await expect(videoOf(page.getByTestId('video-block'))).toBeVisible();
  await expect(page.getByTestId('lesson-content')).toContainText('Watch the lecture first.');
});

test('dropped files import; the job tray cancels an import; the library replaces, renames and deletes', async ({
  page,
}) => {
  const { dir } = await openCourse(page, 'Tray course');
  const short = makeClip(dir, '短片 short.mp4', { width: 320, height: 180, seconds: 2 });
  const long = makeClip(dir, 'long lecture.mp4', { width: 1280, height: 720, seconds: 12 });

  // Dropped on the lesson: a video block appears where it was dropped.
  const content = page.getByTestId('lesson-content');
  await content.click();
  await page.keyboard.type('Intro text.');
  await dropFile(content, short, 'video/mp4');
  await expect(videoOf(page.getByTestId('video-block'))).toBeVisible({ timeout: 30_000 });

  await page.getByTestId('toggle-media').click();
  const library = page.getByTestId('media-library');
  const items = library.getByTestId('media-item');
  await expect(items.first()).toHaveAttribute('data-state', 'ready');
  await expect(items.first().getByTestId('media-name')).toHaveText('短片 short');

  // A long import dropped on the library: the tray shows it running; cancel removes it.
  await dropFile(library, long, 'video/mp4');
  const row = page.getByTestId('job-tray').getByTestId('job-row');
  await expect(row).toHaveAttribute('data-state', 'running', { timeout: 15_000 });
  await expect(row.getByTestId('job-status')).toHaveText(/Converting \d+%/, { timeout: 15_000 });
  await expect(row.getByRole('progressbar')).toBeVisible();
  await expect(items.nth(1)).toHaveAttribute('data-state', 'processing');
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, 'media-library.png') });
  await row.getByTestId('job-cancel').click();
  await expect(page.getByTestId('job-tray')).toHaveCount(0);
  await expect(items).toHaveCount(1);

  // Replace keeps the asset (and the block using it) and re-imports the new file.
  const wide = makeClip(dir, 'wide.mp4', { width: 640, height: 360, seconds: 2 });
  await items.first().getByTestId('media-replace-input').setInputFiles(wide);
  await expect(items.first()).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await expect(items.first()).toContainText('640×360', { timeout: 30_000 });
  await expect(page.getByTestId('video-block').getByTestId('video-asset-name')).toContainText(
    '640×360',
  );

  // Rename inline, then delete after confirming.
  await items.first().getByRole('button', { name: 'Rename' }).click();
  await page.getByTestId('rename-field').fill('Welcome clip');
  await page.keyboard.press('Enter');
  await expect(items.first().getByTestId('media-name')).toHaveText('Welcome clip');
  await items.first().getByTestId('media-delete').click();
  await expect(page.getByTestId('confirm-dialog')).toContainText('Welcome clip');
  await page.getByTestId('confirm-button').click();
  await expect(items).toHaveCount(0);
  await expect(page.getByTestId('video-missing')).toBeVisible();
});
