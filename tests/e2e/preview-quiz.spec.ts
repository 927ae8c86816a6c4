/**
 * The studio's preview is where a teacher tries a quiz: every question kind (single, multiple,
 * true / false, fill-in, and a question inside a video) is answered in the preview frame and
 * the summary shows the right score. The frame can submit its forms but cannot reach the
 * studio: not its page, not its API, not its token.
 */
import { join } from 'node:path';
import { expect, test, type FrameLocator } from '@playwright/test';
import { createExportCourse } from '../support/export-course';
import { removeTempDirs, startHost, tempDir, type RunningHost } from './support';

let hosts: RunningHost[] = [];

test.afterEach(async () => {
  await Promise.all(hosts.map((host) => host.kill('SIGTERM')));
  hosts = [];
  removeTempDirs();
});

async function check(player: FrameLocator, form: ReturnType<FrameLocator['locator']>) {
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.locator('.cs-quiz-result')).toHaveText('Correct!');
  return player;
}

test('every question kind is answered in the preview, and the preview cannot reach the studio', async ({
  page,
}) => {
  const dir = tempDir();
  const file = join(dir, 'preview.course');
  createExportCourse(file, { title: 'Preview quiz course' });
  const host = await startHost({ home: join(dir, 'home'), file });
  hosts.push(host);
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Blocked form submission/i.test(message.text())) blocked.push(message.text());
  });
  await page.goto(host.url);
  await expect(page.getByTestId('lesson-content')).toHaveAttribute('contenteditable', 'true');

  await page.getByTestId('preview-course').click();
  const player = page.frameLocator('[data-testid="preview-frame"]');
  // A course preview opens on its landing page, as the exported site does.
  await player.locator('.cs-start').click();
  await expect(player.locator('h1')).toHaveText('Welcome 欢迎 "one" <1> & 🎉');

  // The in-video question: play past 1 s, the video holds, the answer releases it.
  const video = player.locator('figure.cs-video video');
  await video.evaluate((element: HTMLVideoElement) => {
    element.muted = true;
    void element.play();
  });
  const videoQuestion = player.locator('.cs-video-question');
  await expect(videoQuestion).toHaveClass(/cs-question-active/, { timeout: 15_000 });
  await videoQuestion.getByLabel('A test pattern').check();
  await check(player, videoQuestion.locator('form.cs-quiz'));

  await player.locator('a.cs-next').click();
  await expect(player.locator('h1')).toHaveText('Quiz time & <checks>');
  const single = player.locator('form.cs-quiz[data-quiz="q-single"]');
  await single.getByLabel('Gravity 引力').check();
  await check(player, single);
  const multiple = player.locator('form.cs-quiz[data-quiz="q-multiple"]');
  await multiple.getByLabel('Velocity').check();
  await multiple.getByLabel('Force').check();
  await check(player, multiple);

  await player.locator('a.cs-next').click();
  await expect(player.locator('h1')).toHaveText('Light & sound');
  const trueFalse = player.locator('form.cs-quiz[data-quiz="q-tf"]');
  await trueFalse.getByLabel('True', { exact: true }).check();
  await check(player, trueFalse);
  const fill = player.locator('form.cs-quiz[data-quiz="q-fill"]');
  await fill.getByRole('textbox').fill('newton');
  await fill.getByRole('textbox').press('Enter');
  await expect(fill.locator('.cs-quiz-result')).toHaveText('Correct!');

  await player.locator('a.cs-next').click();
  await player.getByRole('button', { name: 'Finish course' }).click();
  await expect(player.locator('.cs-summary-score')).toHaveText('Your score: 100%');
  await expect(player.getByText('You passed.')).toBeVisible();
  // Nothing is saved from a preview, so the closing message must not say so.
  await expect(player.locator('.cs-finished')).toHaveText(
    'This is a preview: no results are saved.',
  );
  expect(blocked).toEqual([]);

  // Isolation: the frame is another origin than the studio, and cannot call its API or see
  // its token, by script or by a form.
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  expect(frame).toBeDefined();
  const studioOrigin = new URL(host.url).origin;
  expect(new URL(frame!.url()).origin).not.toBe(studioOrigin);
  expect(frame!.url()).not.toContain(new URL(host.url).searchParams.get('token')!);
  const reach = await frame!.evaluate(async (studio) => {
    const result = { parentDom: 'blocked', rpc: 'blocked', cookie: document.cookie };
    try {
      result.parentDom = window.parent.document.title;
    } catch {
      // A cross-origin parent throws: that is the point.
    }
    try {
      const response = await fetch(`${studio}/rpc/outline.get`, {
        method: 'POST',
        credentials: 'include',
        body: '{}',
      });
      result.rpc = `status ${response.status}`;
    } catch {
      // Refused by the frame's CSP (connect-src 'self') or by CORS.
    }
    return result;
  }, studioOrigin);
  expect(reach).toEqual({ parentDom: 'blocked', rpc: 'blocked', cookie: '' });
});
