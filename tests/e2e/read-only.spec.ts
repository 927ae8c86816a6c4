/**
 * Issue 9 item 12: a course file without write permission (chmod 444) opens for reading in
 * the studio, which says so next to the title, and its content is all there.
 */
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createCourseFile, removeTempDirs, startHost, tempDir, type RunningHost } from './support';

let hosts: RunningHost[] = [];

test.afterEach(async () => {
  await Promise.all(hosts.map((host) => host.kill('SIGTERM')));
  hosts = [];
  removeTempDirs();
});

test('a read-only course opens, and the studio says it is read-only', async ({ page }) => {
  const dir = tempDir();
  const file = join(dir, 'shared.course');
  createCourseFile(file, 'Shared with me', 'zh-CN');
  chmodSync(file, 0o444);
  const host = await startHost({ home: join(dir, 'home'), file });
  hosts.push(host);
  await page.goto(host.url);
  await expect(page.getByTestId('course-title')).toHaveText('Shared with me');
  await expect(page.getByTestId('read-only')).toBeVisible();
  const reply = await page.evaluate(() =>
    fetch('/rpc/course.update', { method: 'POST', body: JSON.stringify({ title: 'Mine' }) }).then(
      (r) => r.json() as Promise<{ ok: boolean; error?: { code: string } }>,
    ),
  );
  expect(reply).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
});
