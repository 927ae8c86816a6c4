/**
 * The package writers on their own: a media file split over several chunks streams into the
 * zip (stored, CRC patched in) and the tar.gz intact; text is deflated; unsafe paths refused.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackageTree, type ChunkReader } from '../../../electron/core/export/package-tree';
import { writeTarGz } from '../../../electron/core/export/tar-writer';
import { writeZip } from '../../../electron/core/export/zip-writer';
import { tempDir } from '../../support/temp';
import { readZip } from '../../support/zip-reader';

function media(parts: Buffer[]) {
  const chunks = new Map(
    parts.map((part) => [createHash('sha256').update(part).digest('hex'), part]),
  );
  const readChunk: ChunkReader = (hash) => chunks.get(hash)!;
  return {
    file: { size: parts.reduce((n, part) => n + part.length, 0), chunks: [...chunks.keys()] },
    readChunk,
    whole: Buffer.concat(parts),
  };
}

function sampleTree() {
  const video = media([randomBytes(300_000), randomBytes(300_000), randomBytes(123)]);
  const tree = new PackageTree();
  tree.addText('z/last.html', '<p>héllo 你好</p>'.repeat(100));
  tree.addChunked('media/a/video.mp4', video.file);
  tree.addText('index.html', 'first');
  return { tree, video };
}

describe('zip writer', () => {
  it('streams chunked media stored with a correct CRC and deflates text, in sorted order', async () => {
    const { tree, video } = sampleTree();
    const path = join(tempDir(), 'out.zip');
    const bytes = await writeZip(tree, path, { readChunk: video.readChunk });
    expect(bytes).toBe(readFileSync(path).length);
    const entries = readZip(path);
    expect(entries.map((entry) => [entry.name, entry.method])).toEqual([
      ['index.html', 0], // too short to gain from deflate
      ['media/a/video.mp4', 0],
      ['z/last.html', 8],
    ]);
    expect(entries[1]!.data.equals(video.whole)).toBe(true);
    expect(entries[2]!.data.toString('utf8')).toBe('<p>héllo 你好</p>'.repeat(100));
    const unzip = spawnSync('unzip', ['-tq', path], { encoding: 'utf8' });
    if (unzip.error === undefined) expect(unzip.status, unzip.stdout).toBe(0);
  });
});

describe('tar.gz writer', () => {
  it('writes directories, then files, all readable by tar', async () => {
    const { tree, video } = sampleTree();
    const dir = tempDir();
    const path = join(dir, 'out.tar.gz');
    await writeTarGz(tree, path, 'course', { readChunk: video.readChunk });
    const list = spawnSync('tar', ['-tzf', path], { encoding: 'utf8' });
    expect(list.stdout.trim().split('\n')).toEqual([
      'course/',
      'course/index.html',
      'course/media/',
      'course/media/a/',
      'course/media/a/video.mp4',
      'course/z/',
      'course/z/last.html',
    ]);
    expect(spawnSync('tar', ['-xzf', path, '-C', dir]).status).toBe(0);
    expect(readFileSync(join(dir, 'course/media/a/video.mp4')).equals(video.whole)).toBe(true);
  });
});

describe('package tree', () => {
  it.each(['../evil', '/abs', 'a//b', 'a/./b', 'back\\slash', 'sp ace', ''])(
    'refuses the path %j',
    (path) => {
      expect(() => new PackageTree().addText(path, 'x')).toThrow(/unsafe/);
    },
  );

  it('refuses two files at one path', () => {
    const tree = new PackageTree();
    tree.addText('a.html', 'x');
    expect(() => tree.addText('a.html', 'y')).toThrow(/Two files/);
  });
});
