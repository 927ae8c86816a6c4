/**
 * Issue 9 item 8: two studios on different ports in one browser. Cookies do not separate
 * ports, so a shared cookie name let the second studio's token replace the first's (whose
 * lazy chunks, media and /rpc then got 403).
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createCourseFile, removeTempDirs, startHost, tempDir, type RunningHost } from './support';

let hosts: RunningHost[] = [];

test.afterEach(async () => {
  await Promise.all(hosts.map((host) => host.kill('SIGTERM')));
  hosts = [];
  removeTempDirs();
});

test('two web hosts work side by side in one browser context', async ({ context }) => {
  const dir = tempDir();
  const started: RunningHost[] = [];
  for (const name of ['Astronomy', 'Botany']) {
    const file = join(dir, `${name}.course`);
    createCourseFile(file, name);
    started.push(await startHost({ home: join(dir, `home-${name}`), file }));
  }
  hosts = started;
  const [first, second] = started as [RunningHost, RunningHost];

  const astronomy = await context.newPage();
  await astronomy.goto(first.url);
  await expect(astronomy.getByTestId('course-title')).toHaveText('Astronomy');
  const botany = await context.newPage();
  await botany.goto(second.url);
  await expect(botany.getByTestId('course-title')).toHaveText('Botany');

  // Each tab, without its token in the address, still reaches its own studio by cookie.
  const currentTitle = () =>
    fetch('/rpc/project.current', { method: 'POST', body: '{}' }).then(
      async (r) =>
        [
          r.status,
          ((await r.json()) as { value: { course: { title: string } } }).value.course.title,
        ] as const,
    );
  expect(await astronomy.evaluate(currentTitle)).toEqual([200, 'Astronomy']);
  expect(await botany.evaluate(currentTitle)).toEqual([200, 'Botany']);

  // A reload without the token (lazy chunks, styles, the events stream) keeps working in both.
  await astronomy.goto(new URL(first.url).origin + '/');
  await expect(astronomy.getByTestId('course-title')).toHaveText('Astronomy');
  await botany.goto(new URL(second.url).origin + '/');
  await expect(botany.getByTestId('course-title')).toHaveText('Botany');

  const cookies = await context.cookies();
  expect(cookies.map((cookie) => cookie.name).sort()).toEqual(
    [first, second].map((host) => `course_studio_token_${new URL(host.url).port}`).sort(),
  );
});
