/**
 * Issue 9 item 7, in a real browser: a crafted .course whose "image" is stored as text/html
 * with a script. Opened in a tab that holds the studio's cookie, it must arrive as a download,
 * never as a page of the studio's origin that could call /rpc.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createCourseFile, removeTempDirs, startHost, tempDir, type RunningHost } from './support';

let hosts: RunningHost[] = [];

test.afterEach(async () => {
  await Promise.all(hosts.map((host) => host.kill('SIGTERM')));
  hosts = [];
  removeTempDirs();
});

const script = `<!doctype html><script>
fetch('/rpc/course.update', { method: 'POST', body: JSON.stringify({ title: 'Owned' }) });
</script>`;

/** Writes the hostile asset straight into the file, as an attacker's tool would. */
function plantHtmlImage(file: string): void {
  const bytes = Buffer.from(script);
  const hash = createHash('sha256').update(bytes).digest('hex');
  const db = new Database(file);
  db.prepare(
    "INSERT INTO assets (id, kind, name, mime, created_at) VALUES ('evil', 'image', 'cat.png', 'text/html', '')",
  ).run();
  const { lastInsertRowid } = db
    .prepare(
      "INSERT INTO media_files (asset_id, name, mime, size, sha256) VALUES ('evil', 'original', 'text/html', ?, ?)",
    )
    .run(bytes.length, hash);
  db.prepare('INSERT INTO chunks (hash, size, data) VALUES (?, ?, ?)').run(
    hash,
    bytes.length,
    bytes,
  );
  db.prepare('INSERT INTO media_file_chunks (file_id, seq, offset, hash) VALUES (?, 0, 0, ?)').run(
    lastInsertRowid,
    hash,
  );
  db.close();
}

test('an "image" stored as text/html downloads instead of running in the studio origin', async ({
  page,
  context,
}) => {
  const dir = tempDir();
  const file = join(dir, 'crafted.course');
  createCourseFile(file, 'Crafted');
  plantHtmlImage(file);
  const host = await startHost({ home: join(dir, 'home'), file });
  hosts.push(host);
  await page.goto(host.url);
  await expect(page.getByTestId('course-title')).toHaveText('Crafted');

  const tab = await context.newPage();
  const download = tab.waitForEvent('download');
  await tab.goto(`${new URL(host.url).origin}/media/asset/evil`).catch(() => {
    // Navigation ends in a download, which Playwright reports as an aborted navigation.
  });
  expect((await download).suggestedFilename()).not.toMatch(/\.html?$/);
  const title = await page.evaluate(() =>
    fetch('/rpc/project.current', { method: 'POST', body: '{}' })
      .then((r) => r.json() as Promise<{ value: { course: { title: string } } }>)
      .then((reply) => reply.value.course.title),
  );
  expect(title).toBe('Crafted');
});
