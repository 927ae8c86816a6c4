/**
 * Issue 9, item 6: chunks are content-addressed, so bytes flipped inside a stored chunk are
 * found. SQLite's own check cannot see them; export and `media extract` refuse to ship them,
 * and `course-studio verify` / `project.verify` name the damaged asset.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { MediaCheck } from '../../electron/shared/model';
import { runCli } from '../support/cli';
import { createExportCourse } from '../support/export-course';
import { makeStudio } from '../support/studio';
import { tempDir } from '../support/temp';

/** Flips one byte in the middle of the first chunk of the asset's `video.mp4`. */
function damageVideo(path: string, assetId: string): void {
  const db = new Database(path);
  try {
    const row = db
      .prepare<[string], { hash: string; data: Buffer }>(
        `SELECT c.hash, c.data FROM media_files f
           JOIN media_file_chunks m ON m.file_id = f.id
           JOIN chunks c ON c.hash = m.hash
          WHERE f.asset_id = ? AND f.name = 'video.mp4' ORDER BY m.seq LIMIT 1`,
      )
      .get(assetId)!;
    const data = Buffer.from(row.data);
    const middle = Math.floor(data.length / 2);
    data[middle] = data[middle]! ^ 0xff;
    db.prepare('UPDATE chunks SET data = ? WHERE hash = ?').run(data, row.hash);
    // The damage is invisible to SQLite: the page structure is intact.
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    db.close();
  }
}

describe('damaged media bytes', () => {
  it('are refused by export and media extract and named by verify', async () => {
    const dir = tempDir();
    const path = join(dir, 'damaged.course');
    const course = createExportCourse(path);

    const clean = runCli(['verify', path]);
    expect(clean).toMatchObject({ code: 0, stderr: '' });
    expect(clean.stdout).toMatch(/^OK: \d+ media files in \d+ chunks/);

    damageVideo(path, course.videoAssetId);

    const verify = runCli(['verify', path]);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain(`Damaged: clip.mp4  [${course.videoAssetId}]`);
    // The importer's original and its MP4 share the chunk: both are named.
    expect(verify.stdout).toContain('  original\n  video.mp4\n');
    const json = JSON.parse(runCli(['verify', path, '--json']).stdout) as MediaCheck;
    expect(json).toMatchObject({
      ok: false,
      structure: 'ok',
      damagedChunks: 1,
      damaged: [{ assetId: course.videoAssetId, files: ['original', 'video.mp4'] }],
    });

    const out = join(dir, 'out');
    const extract = runCli(['media', 'extract', path, course.videoAssetId, out]);
    expect(extract.code).toBe(1);
    expect(extract.stderr).toMatch(/Damaged media.*clip\.mp4/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);

    const cliExport = runCli(['export', path, '--format', 'scorm12', '--out', join(dir, 'a.zip')]);
    expect(cliExport.code).toBe(1);
    expect(cliExport.stderr).toMatch(/Damaged media.*clip\.mp4/);
    expect(existsSync(join(dir, 'a.zip'))).toBe(false);

    const { call } = makeStudio();
    await call('project.open', { path });
    const { jobId } = await call('export.run', { format: 'site', outPath: join(dir, 'site') });
    await expect(call('export.result', { jobId })).rejects.toMatchObject({
      code: 'MEDIA_DAMAGED',
      details: { assets: 'clip.mp4' },
    });
    expect(existsSync(join(dir, 'site'))).toBe(false);
    const report = await call('project.verify', {});
    expect(report.damaged.map((asset) => asset.name)).toEqual(['clip.mp4']);
    expect(readdirSync(dir).filter((name) => name.includes('.partial'))).toEqual([]);
  });
});
