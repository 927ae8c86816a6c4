/**
 * Settings → About (issue 13) shows what `course-studio doctor` reports: the ffmpeg and
 * ffprobe used, where they came from, what they can do, and what needs attention, in
 * English and in Chinese. The hosts run with real binaries: the npm ones with the PATH's
 * hidden, and a real ffmpeg that lacks zscale.
 */
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ffmpegWithout, systemFfprobe } from '../support/limited-ffmpeg';
import { createCourseFile, removeTempDirs, startHost, tempDir, type RunningHost } from './support';

let hosts: RunningHost[] = [];

test.afterEach(async () => {
  await Promise.all(hosts.map((host) => host.kill('SIGTERM')));
  hosts = [];
  removeTempDirs();
});

function privateFolder(dir: string): string {
  const folder = join(dir, 'private-tmp');
  mkdirSync(folder, { mode: 0o700 });
  chmodSync(folder, 0o700);
  return folder;
}

test('About shows the npm ffmpeg when the PATH has none, and what it can do', async ({ page }) => {
  const dir = tempDir();
  const file = join(dir, 'course.course');
  createCourseFile(file, 'Algebra');
  const temp = privateFolder(dir);
  const host = await startHost({
    home: join(dir, 'home'),
    file,
    env: { COURSE_STUDIO_IGNORE_PATH_TOOLS: '1', COURSE_STUDIO_TEMP: temp },
  });
  hosts.push(host);
  await page.goto(host.url);
  await page.getByTestId('open-settings').click();
  const about = page.getByRole('dialog', { name: 'Settings' }).getByTestId('about');
  await expect(about.getByRole('heading', { name: 'About' })).toBeVisible();
  await expect(about.getByTestId('about-version')).toHaveText(/^Course Studio \d+\.\d+\.\d+ on /);
  await expect(about.getByTestId('about-ffmpeg')).toContainText(
    '(2018) · installed by npm install',
  );
  await expect(about.getByTestId('about-ffmpeg')).toContainText('@ffmpeg-installer');
  await expect(about.getByTestId('about-ffprobe')).toContainText('installed by npm install');
  await expect(about.getByTestId('about-capabilities')).toHaveText(
    'H.264 video: yes · AAC sound: yes · HLS streaming: yes · HDR tone mapping: yes · Loudness levelling: yes',
  );
  await expect(about.getByTestId('about-temp')).toContainText(`${temp} · `);
  await expect(about.getByTestId('about-temp')).toContainText('private');
  await expect(about.getByTestId('about-warnings')).toHaveCount(0);
});

test('About says in Chinese that this ffmpeg cannot tone-map HDR', async ({ page }) => {
  const dir = tempDir();
  const file = join(dir, 'course.course');
  createCourseFile(file, 'Algebra');
  const host = await startHost({
    home: join(dir, 'home'),
    file,
    env: {
      COURSE_STUDIO_FFMPEG: ffmpegWithout(join(dir, 'bin'), ['zscale']),
      COURSE_STUDIO_FFPROBE: systemFfprobe,
      COURSE_STUDIO_TEMP: privateFolder(dir),
    },
  });
  hosts.push(host);
  await page.goto(host.url);
  await page.getByTestId('open-settings').click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByTestId('settings-language').selectOption('zh-CN');
  await settings.getByTestId('settings-save').click();
  await expect(settings).toBeHidden();

  await page.getByTestId('open-settings').click();
  const about = page.getByRole('dialog', { name: '设置' }).getByTestId('about');
  await expect(about.getByRole('heading', { name: '关于' })).toBeVisible();
  await expect(about.getByTestId('about-ffmpeg')).toContainText(
    '由 COURSE_STUDIO_FFMPEG / COURSE_STUDIO_FFPROBE 指定',
  );
  await expect(about.getByTestId('about-capabilities')).toContainText('HDR 色调映射: 否');
  await expect(about.getByTestId('about-warnings').locator('li')).toHaveText([
    '此 ffmpeg 无法对 HDR 进行色调映射：手机视频会显得发灰。请安装更新的 ffmpeg。',
  ]);
});
