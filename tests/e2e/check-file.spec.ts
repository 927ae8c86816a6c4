/**
 * Issue 9, item 6: "Check file" reads every stored media file and names the damaged assets.
 * Bytes are flipped inside a stored chunk (SQLite's own checks cannot see it); the dialog
 * names that asset and no other.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { insertAsset } from '../../electron/core/project/asset-repo';
import { now } from '../../electron/core/project/ids';
import { Project } from '../../electron/core/project/project';
import { createCourseFile, removeTempDirs, startHost, tempDir, type RunningHost } from './support';

let hosts: RunningHost[] = [];

test.afterEach(async () => {
  await Promise.all(hosts.map((host) => host.kill('SIGTERM')));
  hosts = [];
  removeTempDirs();
});

/** A 2×2 PNG. */
const png = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a730000001649444154789c63fccfc0c0f09f8181818101c8600000350603fd8d6b6e8f0000000049454e44ae426082',
  'hex',
);

test('Check file names the damaged asset', async ({ page }) => {
  const dir = tempDir();
  const file = join(dir, 'check.course');
  createCourseFile(file, 'Check me');
  const project = Project.open(file);
  const damaged = project.transact((db) =>
    insertAsset(
      db,
      { kind: 'image', name: 'diagram 图.png', mime: 'image/png', bytes: png },
      now(),
    ),
  );
  project.transact((db) =>
    insertAsset(
      db,
      { kind: 'image', name: 'intact.png', mime: 'image/png', bytes: Buffer.concat([png, png]) },
      now(),
    ),
  );
  project.close();

  const host = await startHost({ home: join(dir, 'home'), file });
  hosts.push(host);
  await page.goto(host.url);
  await page.getByTestId('check-file').click();
  await expect(page.getByTestId('check-ok')).toBeVisible();
  await page.getByTestId('check-file-dialog').getByRole('button', { name: 'Close' }).click();
  await host.kill('SIGTERM');

  const db = new Database(file);
  const { hash, data } = db
    .prepare<[string], { hash: string; data: Buffer }>(
      `SELECT c.hash, c.data FROM media_files f JOIN media_file_chunks m ON m.file_id = f.id
         JOIN chunks c ON c.hash = m.hash WHERE f.asset_id = ?`,
    )
    .get(damaged.id)!;
  const flipped = Buffer.from(data);
  flipped[20] = flipped[20]! ^ 0x01;
  db.prepare('UPDATE chunks SET data = ? WHERE hash = ?').run(flipped, hash);
  db.close();

  const again = await startHost({ home: join(dir, 'home'), file });
  hosts.push(again);
  await page.goto(again.url);
  await page.getByTestId('check-file').click();
  const list = page.getByTestId('check-damaged');
  await expect(list).toContainText('diagram 图.png — original');
  await expect(list).not.toContainText('intact.png');
});
