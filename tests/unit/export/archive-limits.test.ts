/**
 * Issue 9, item 15: the limits the archive writers claim, run for real with their thresholds
 * lowered: the ZIP64 path read back by independent readers (yauzl, Info-ZIP `unzip -t`), and
 * tar sizes past the octal field written in base-256 and read back by GNU tar.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { PackageTree, type ChunkReader } from '../../../electron/core/export/package-tree';
import { writeTarGz } from '../../../electron/core/export/tar-writer';
import { writeZip } from '../../../electron/core/export/zip-writer';
import { tempDir } from '../../support/temp';

function sampleTree() {
  const parts = [randomBytes(40_000), randomBytes(40_000), randomBytes(777)];
  const chunks = new Map(
    parts.map((part) => [createHash('sha256').update(part).digest('hex'), part]),
  );
  const readChunk: ChunkReader = (hash) => chunks.get(hash)!;
  const tree = new PackageTree();
  tree.addText('index.html', '<p>start</p>'.repeat(500));
  tree.addChunked('media/video.mp4', {
    size: parts.reduce((n, part) => n + part.length, 0),
    chunks: [...chunks.keys()],
  });
  tree.addText('z/small.txt', 'tiny');
  return { tree, readChunk, video: Buffer.concat(parts) };
}

/** Every entry's name and bytes, as yauzl reads them (it checks sizes and ZIP64 fields). */
function readWithYauzl(path: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, strictFileNames: true }, (error, zip) => {
      if (error) return reject(error);
      const files = new Map<string, Buffer>();
      zip.on('error', reject);
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const pieces: Buffer[] = [];
          stream.on('data', (piece: Buffer) => pieces.push(piece));
          stream.on('error', reject);
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(pieces));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

describe('ZIP64', () => {
  it('with the 4 GiB threshold lowered, every size and offset goes through ZIP64 and reads back', async () => {
    const { tree, readChunk, video } = sampleTree();
    const path = join(tempDir(), 'zip64.zip');
    await writeZip(tree, path, { readChunk, zip64Threshold: 1000 });
    const zip = readFileSync(path);
    // The ZIP64 end record and its locator are there, and the classic end record defers to them.
    expect(zip.indexOf(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBeGreaterThan(0);
    expect(zip.indexOf(Buffer.from([0x50, 0x4b, 0x06, 0x07]))).toBeGreaterThan(0);
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    expect(zip.readUInt32LE(end + 16)).toBe(0xffffffff);

    const files = await readWithYauzl(path);
    expect([...files.keys()]).toEqual(['index.html', 'media/video.mp4', 'z/small.txt']);
    expect(files.get('media/video.mp4')!.equals(video)).toBe(true);
    expect(files.get('index.html')!.toString()).toBe('<p>start</p>'.repeat(500));
    expect(files.get('z/small.txt')!.toString()).toBe('tiny');

    const unzip = spawnSync('unzip', ['-t', path], { encoding: 'utf8' });
    expect(unzip.error, 'unzip is needed (apt-get install unzip; .ci/run does)').toBeUndefined();
    expect(unzip.status, unzip.stdout + unzip.stderr).toBe(0);
    expect(unzip.stdout).toMatch(/No errors detected/);
  });

  it('without ZIP64, the same tree carries no ZIP64 records', async () => {
    const { tree, readChunk } = sampleTree();
    const path = join(tempDir(), 'plain.zip');
    await writeZip(tree, path, { readChunk });
    expect(readFileSync(path).indexOf(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(-1);
    expect((await readWithYauzl(path)).size).toBe(3);
  });
});

describe('tar sizes past the octal field', () => {
  it('are written in base-256 and GNU tar reads the file whole', async () => {
    const { tree, readChunk, video } = sampleTree();
    const dir = tempDir();
    const path = join(dir, 'big.tar.gz');
    await writeTarGz(tree, path, 'course', { readChunk, base256Threshold: 50_000 });
    const tar = gunzipSync(readFileSync(path));
    const at = tar.indexOf(Buffer.from('course/media/video.mp4'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(tar[at + 124]).toBe(0x80);
    expect(tar.readUIntBE(at + 130, 6)).toBe(video.length);

    const list = spawnSync('tar', ['-tvzf', path], { encoding: 'utf8' });
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`\\s${video.length}\\s.*course/media/video\\.mp4`));
    expect(spawnSync('tar', ['-xzf', path, '-C', dir]).status).toBe(0);
    expect(readFileSync(join(dir, 'course/media/video.mp4')).equals(video)).toBe(true);
    expect(readFileSync(join(dir, 'course/z/small.txt'), 'utf8')).toBe('tiny');
  });
});
