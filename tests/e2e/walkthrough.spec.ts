/**
 * A teacher's walkthrough, keyboard and mouse only: from the start screen, a new course saved
 * with the folder browser; an outline of sections and lessons; text with an equation and a
 * table; a quiz written partly in Chinese (the UI switched to Chinese); a lecture video with
 * captions;
 * the preview, where the quiz is answered; and an export that downloads. Nothing is set up
 * over the API: every step is a click or a key press.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { hasFfmpeg, makeClip, writeSrt } from './media-clips';
import { removeTempDirs, startHost, tempDir, type RunningHost } from './support';

let hosts: RunningHost[] = [];

test.skip(!hasFfmpeg(), 'ffmpeg is not installed: the walkthrough imports a real clip');

test.afterEach(async () => {
  await Promise.all(hosts.map((host) => host.kill('SIGTERM')));
  hosts = [];
  removeTempDirs();
});

/** WebVTT captions made by ffmpeg from an SRT, as a teacher's captioning tool would. */
function makeVtt(dir: string): string {
  const srt = writeSrt(dir, 'lecture.srt', ['Forces change motion', 'Press play again']);
  const vtt = join(dir, 'lecture.en.vtt');
  const result = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-i', srt, vtt]);
  if (result.status !== 0) throw new Error(`ffmpeg could not write ${vtt}`);
  return vtt;
}

const sectionRow = (page: Page, title: string) =>
  page.getByTestId('outline-section').locator('.section-row').filter({ hasText: title });
const lessonRow = (page: Page, title: string) =>
  page.getByTestId('outline-lesson').filter({ hasText: title }).locator('.tree-row');

/** Types a new name into the outline's rename field once it has appeared and has focus. */
async function typeName(page: Page, title: string) {
  await expect(page.getByTestId('rename-field')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rename-field')).toHaveCount(0);
}

async function addLesson(page: Page, section: string, title: string) {
  await sectionRow(page, section).getByTestId('outline-add-lesson').click();
  await typeName(page, title);
  await expect(page.getByTestId('lesson-title')).toHaveText(title);
}

async function switchLanguage(page: Page, language: 'en' | 'zh-CN') {
  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings-language').selectOption(language);
  await page.getByTestId('settings-save').click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

test('a teacher builds, previews and exports a course with the keyboard and the mouse', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const dir = tempDir();
  const home = join(dir, 'teacher');
  mkdirSync(join(home, 'Courses'), { recursive: true });
  const clip = makeClip(dir, 'Lecture.mp4', { width: 320, height: 180, seconds: 3 });
  const vtt = makeVtt(dir);
  const host = await startHost({ home: join(dir, 'settings'), env: { HOME: home } });
  hosts.push(host);
  await page.goto(host.url);

  // Start screen: a new course, saved into a folder picked with the folder browser.
  await page.getByTestId('new-course-title').click();
  await page.keyboard.type('Forces and light');
  await page.getByTestId('new-course-browse').click();
  const browser = page.getByTestId('file-browser');
  await browser.getByRole('button', { name: 'Courses (Folder)' }).click();
  await expect(browser.getByTestId('file-browser-path')).toHaveText(join(home, 'Courses'));
  await browser.getByTestId('file-browser-choose').click();
  await page.getByTestId('create-course').click();
  const content = page.getByTestId('lesson-content');
  await expect(content).toHaveAttribute('contenteditable', 'true');
  expect(existsSync(join(home, 'Courses', 'Forces and light.course'))).toBe(true);

  // Outline: rename the first section and lesson from the keyboard (F2), add a section.
  await sectionRow(page, 'Section 1').click();
  await page.keyboard.press('F2');
  await typeName(page, 'Motion');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('F2');
  await typeName(page, 'Newton’s laws');
  await page.getByTestId('add-section').click();
  await typeName(page, 'Light');
  await expect(page.getByTestId('outline-section')).toHaveCount(2);

  // Text with an equation (typed as LaTeX between $ signs) and a table.
  await lessonRow(page, 'Newton’s laws').click();
  await content.click();
  await page.keyboard.type('Three laws describe how forces change motion. The second: $F=ma$.');
  await expect(page.getByTestId('math-view').locator('math annotation')).toHaveText('F=ma');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/table');
  // As a teacher does, look at the menu before pressing Enter.
  const menuOptions = page.getByTestId('slash-menu').getByRole('option');
  await expect(menuOptions).toHaveText(['Insert table']);
  await page.keyboard.press('Enter');
  await expect(content.locator('table')).toBeVisible();
  await page.keyboard.type('Law');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Formula');
  await expect(content.locator('table')).toContainText('Formula');

  // A quiz, with the studio in Chinese: "、" opens the block menu.
  await switchLanguage(page, 'zh-CN');
  await addLesson(page, 'Motion', 'Check 小测验');
  await content.click();
  await page.keyboard.type('、测验');
  await expect(menuOptions).toHaveText(['测验']);
  await page.keyboard.press('Enter');
  const quiz = page.getByTestId('quiz-block');
  await expect(quiz.getByTestId('quiz-prompt')).toBeFocused();
  await page.keyboard.type('Which is a vector? 哪个是矢量？');
  const choices = quiz.getByTestId('quiz-choice');
  await choices.nth(0).getByTestId('quiz-choice-text').click();
  await page.keyboard.type('Velocity 速度');
  await choices.nth(1).getByTestId('quiz-choice-text').click();
  await page.keyboard.type('Mass 质量');
  await choices.nth(0).getByTestId('quiz-choice-correct').click();
  await expect(quiz.getByTestId('quiz-problems')).toHaveCount(0);
  // Choices are shuffled for each learner unless the teacher says otherwise.
  await expect(quiz.getByLabel('为每位学员打乱选项顺序')).toBeChecked();
  // The lesson now has a question, so it offers a pass mark.
  await expect(page.getByTestId('lesson-passing')).toBeVisible();
  await switchLanguage(page, 'en');

  // A lecture video from a file, then captions from the media library.
  await addLesson(page, 'Light', 'Lecture');
  await content.click();
  await page.keyboard.type('Watch first.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/video');
  await expect(menuOptions).toHaveText(['Video']);
  await page.keyboard.press('Enter');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByTestId('video-picker-upload').click(),
  ]);
  await chooser.setFiles(clip);
  const video = page.getByTestId('video-block');
  await expect(video.getByTestId('video-element')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('toggle-media').click();
  const item = page.getByTestId('media-library').getByTestId('media-item');
  await expect(item).toHaveAttribute('data-state', 'ready');
  await item.getByTestId('media-add-captions').click();
  const captions = page.getByTestId('captions-dialog');
  await captions.getByTestId('captions-language').selectOption('en');
  const [captionChooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    captions.getByRole('button', { name: 'Browse…' }).click(),
  ]);
  await captionChooser.setFiles(vtt);
  await captions.getByTestId('captions-add-submit').click();
  await expect(item.getByTestId('media-caption')).toHaveText(/English/);
  await page.getByTestId('toggle-media').click();
  await video.getByTestId('video-captions').selectOption('en');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', {
    timeout: 10_000,
  });

  // Preview the course and answer the quiz there.
  await page.getByTestId('preview-course').click();
  const player = page.frameLocator('[data-testid="preview-frame"]');
  // The course preview opens on the landing page; Start leads into the first lesson.
  await player.locator('.cs-start').click();
  await expect(player.locator('h1')).toHaveText('Newton’s laws');
  await expect(player.locator('table')).toContainText('Formula');
  // The equation reaches the learner typeset, with its MathML for screen readers.
  await expect(player.locator('math annotation')).toHaveText('F=ma');
  await player.locator('a.cs-next').click();
  await expect(player.locator('h1')).toHaveText('Check 小测验');
  await player.getByLabel('Velocity 速度').check();
  await player.getByRole('button', { name: 'Check answer' }).click();
  await expect(player.locator('.cs-quiz-result')).toHaveText('Correct!');
  await player.locator('a.cs-next').click();
  await expect(player.locator('figure.cs-video track[srclang="en"]')).toHaveCount(1);
  await player.getByRole('button', { name: 'Finish course' }).click();
  await expect(player.locator('.cs-summary-score')).toHaveText('Your score: 100%');
  await page.getByTestId('preview-dialog').getByRole('button', { name: 'Close' }).click();

  // Export a SCORM package next to the course and download it.
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-format-scorm2004').check();
  await dialog.getByTestId('export-start').click();
  const target = join(home, 'Courses', 'Forces and light-scorm2004.zip');
  await expect(dialog.getByTestId('export-result-path')).toHaveText(target, { timeout: 30_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByTestId('export-download').click(),
  ]);
  expect(download.suggestedFilename()).toBe('Forces and light-scorm2004.zip');
});
