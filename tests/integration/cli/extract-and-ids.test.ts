/**
 * Issue 9 item 12: ids that start with `-` (random base64url ids do, one in 64) can be pasted
 * where the command expects them, and `media extract` never replaces a file nor writes
 * through a link it finds in its output folder.
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeMediaFile } from '../../../electron/core/project/asset-repo';
import { runCli } from '../../support/cli';
import { makeStudio } from '../../support/studio';
import { tempDir } from '../../support/temp';

const ID = '-dashId_1';

/** A course holding one asset whose id starts with a dash, with a nested file. */
async function courseWithDashedAsset(): Promise<string> {
  const { studio, call, dir } = makeStudio();
  const file = join(dir, 'dash.course');
  await call('project.create', { path: file, title: 'Dash', language: 'en' });
  studio.current().transact((db) => {
    db.prepare(
      "INSERT INTO assets (id, kind, name, mime, created_at) VALUES (?, 'video', 'Lecture', 'video/mp4', '')",
    ).run(ID);
    writeMediaFile(db, ID, 'video.mp4', 'video/mp4', Buffer.from('mp4 bytes'));
    writeMediaFile(
      db,
      ID,
      'hls/master.m3u8',
      'application/vnd.apple.mpegurl',
      Buffer.from('#EXTM3U\n'),
    );
  });
  studio.close();
  return file;
}

describe('ids that start with a dash', () => {
  it('are taken in their positional slot, and after --', async () => {
    const file = await courseWithDashedAsset();
    const list = runCli(['media', 'list', file]);
    expect(list.stdout).toContain(ID);
    const out = join(tempDir(), 'out');
    const slot = runCli(['media', 'extract', file, ID, out]);
    expect(slot.stderr).toBe('');
    expect(slot.code).toBe(0);
    expect(readFileSync(join(out, 'video.mp4'), 'utf8')).toBe('mp4 bytes');
    const other = join(tempDir(), 'other');
    expect(runCli(['media', 'extract', file, '--', ID, other]).code).toBe(0);
    expect(existsSync(join(other, 'hls', 'master.m3u8'))).toBe(true);
    // A typo'd option is still a usage error, not an id.
    expect(runCli(['media', 'list', file, '--jsn']).code).toBe(2);
  });
});

describe('media extract', () => {
  it('never replaces a file that is already in the output folder', async () => {
    const file = await courseWithDashedAsset();
    const out = tempDir();
    writeFileSync(join(out, 'video.mp4'), 'my own file');
    const result = runCli(['media', 'extract', file, ID, out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/video\.mp4 already exists; media extract never replaces files/);
    expect(readFileSync(join(out, 'video.mp4'), 'utf8')).toBe('my own file');
    expect(readdirSync(out)).toEqual(['video.mp4']);
  });

  it('never writes through a link to a file or a folder', async () => {
    const file = await courseWithDashedAsset();
    const elsewhere = tempDir();
    writeFileSync(join(elsewhere, 'precious'), 'keep');
    const out = tempDir();
    symlinkSync(join(elsewhere, 'precious'), join(out, 'video.mp4'));
    expect(runCli(['media', 'extract', file, ID, out]).code).toBe(1);
    expect(readFileSync(join(elsewhere, 'precious'), 'utf8')).toBe('keep');

    const out2 = tempDir();
    const victim = join(tempDir(), 'victim');
    mkdirSync(victim);
    symlinkSync(victim, join(out2, 'hls'));
    const result = runCli(['media', 'extract', file, ID, out2]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/hls is in the way/);
    expect(readdirSync(victim)).toEqual([]);
    expect(existsSync(join(out2, 'video.mp4'))).toBe(false);
  });
});
