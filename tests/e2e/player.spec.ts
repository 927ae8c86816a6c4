/**
 * The learner player from file://, as a learner opens a downloaded `site` export: a Chinese
 * course on a phone-sized screen. Video falls back to the progressive MP4 with captions added
 * from script (no <track> loads from file://), speed and chapters work, navigation works from
 * the keyboard, and a reload resumes from the browser's own storage.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { runExport } from '../../electron/core/export/run-export';
import { Project } from '../../electron/core/project/project';
import { createExportCourse } from '../support/export-course';

test('a Chinese course runs from file:// on a phone: MP4, script captions, speed, chapters, keyboard, resume', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'course-studio-site-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const course = createExportCourse(join(dir, 'zh.course'), {
    language: 'zh-CN',
    title: '物理入门 <第一版> & “引号”',
  });
  const project = Project.open(course.path);
  try {
    await runExport(project, { format: 'site', outPath: join(dir, 'site') });
  } finally {
    project.close();
  }
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(pathToFileURL(join(dir, 'site', 'index.html')).href);

  // The site opens on the course's landing page: cover, description, authors, licence, the
  // lessons, and a start link in the course's language.
  await expect(page.locator('h1')).toHaveText('物理入门 <第一版> & “引号”');
  await expect(page).toHaveTitle('物理入门 <第一版> & “引号”');
  await expect(page.locator('img.cs-home-cover')).toHaveJSProperty('naturalWidth', 2);
  await expect(page.locator('.cs-home-description')).toHaveText(
    'A course about <forces> & “motion”.',
  );
  await expect(page.locator('.cs-home-authors')).toHaveText('作者: Ann Lee, 吴博 <Bo> & Co');
  await expect(page.getByRole('link', { name: /CC BY 4\.0/ })).toHaveAttribute('rel', 'license');
  await expect(page.locator('.cs-home-contents a')).toHaveCount(4);
  await page.getByRole('link', { name: '开始学习' }).click();
  await expect(page.locator('h1')).toHaveText('Welcome 欢迎 "one" <1> & 🎉');
  await expect(page).toHaveTitle('Welcome 欢迎 "one" <1> & 🎉 · 物理入门 <第一版> & “引号”');
  // The outline folds away on a phone behind a toggle in the course's language.
  const toggle = page.getByRole('button', { name: '目录' });
  await expect(page.locator('#cs-outline')).toBeHidden();
  await toggle.click();
  await expect(page.locator('#cs-outline')).toBeVisible();
  await expect(page.getByRole('button', { name: '隐藏目录' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(page.locator('#cs-outline a[aria-current="page"]')).toContainText('Welcome');
  await page.getByRole('button', { name: '隐藏目录' }).click();

  const video = page.locator('figure.cs-video video');
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.currentSrc))
    .toMatch(/\/media\/[\w-]+\/video\.mp4$/);
  const tracks = await video.evaluate((element: HTMLVideoElement) => ({
    elements: element.querySelectorAll('track').length,
    tracks: [...element.textTracks].map((track) => ({
      lang: track.language,
      label: track.label,
      cues: track.cues?.length ?? 0,
    })),
  }));
  expect(tracks).toEqual({
    elements: 0,
    tracks: [
      { lang: 'en', label: 'English', cues: 2 },
      { lang: 'zh-CN', label: '中文 "字幕"', cues: 1 },
    ],
  });
  await page.getByLabel('播放速度').selectOption('1.5');
  expect(await video.evaluate((element: HTMLVideoElement) => element.playbackRate)).toBe(1.5);
  await page.getByRole('button', { name: /Outro & more/ }).click();
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime))
    .toBeGreaterThanOrEqual(1);
  // Reaching 2 s passes the question at 1 s: the video is held there until it is answered.
  await expect(page.locator('.cs-video-question')).toHaveClass(/cs-question-active/);
  await page.getByLabel('A test pattern').check();
  await page.locator('.cs-video-question').getByRole('button', { name: '提交答案' }).click();
  await expect(page.locator('.cs-video-question .cs-quiz-result')).toHaveText('回答正确！');

  // Keyboard: focus the next-lesson link and press Enter; focus moves to the new heading.
  const next = page.locator('a.cs-next');
  await expect(next).toContainText('下一课');
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Quiz time & <checks>');
  await expect(page.locator('h1')).toBeFocused();
  await page.locator('#cs-main').getByLabel('Gravity 引力').check();
  await page.keyboard.press('Enter');
  await expect(page.locator('form.cs-quiz').first().locator('.cs-quiz-result')).toHaveText(
    '回答正确！',
  );

  // True / false labels come out in the course's language.
  await page.locator('a.cs-next').click();
  await expect(page.getByLabel('正确', { exact: true })).toBeVisible();
  await expect(page.getByLabel('错误', { exact: true })).toBeVisible();

  // A reload resumes where the learner was, with the answers kept.
  await page.goto(pathToFileURL(join(dir, 'site', 'index.html')).href);
  await expect(page.locator('h1')).toHaveText('Light & sound');
  await expect(page.locator('.cs-progress-text')).toHaveText('已学 3 / 4 课 · 得分 50%');
  expect(errors).toEqual([]);
});
