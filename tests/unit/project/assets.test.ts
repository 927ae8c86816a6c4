import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHUNK_SIZE,
  collectGarbage,
  insertAsset,
  openMediaFile,
} from '../../../electron/core/project/asset-repo';
import { saveLesson } from '../../../electron/core/project/lesson-repo';
import { Project } from '../../../electron/core/project/project';
import { makeStudio } from '../../support/studio';
import { tempDir } from '../../support/temp';

function pngFile(): Buffer {
  const dir = tempDir();
  const file = join(dir, 'p.png');
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-f',
    'lavfi',
    '-i',
    'testsrc2=size=64x48',
    '-frames:v',
    '1',
    '-y',
    file,
  ]);
  return readFileSync(file);
}

describe('images', () => {
  it('are stored inside the project and read back byte for byte', async () => {
    const { call, studio, dir } = makeStudio();
    await call('project.create', { path: join(dir, 'i.course'), title: 'I', language: 'en' });
    const bytes = pngFile();
    const asset = await call('asset.addImage', {
      name: 'p.png',
      mime: 'application/octet-stream',
      dataBase64: bytes.toString('base64'),
    });
    expect(asset).toMatchObject({
      kind: 'image',
      mime: 'image/png',
      size: bytes.length,
      name: 'p.png',
    });
    expect(studio.files.readAsset(asset.id)?.read(0, bytes.length).equals(bytes)).toBe(true);
    expect(await call('asset.list', {})).toHaveLength(1);
  });

  it('refuses what is not an image, and SVG, storing nothing', async () => {
    const { call, dir } = makeStudio();
    await call('project.create', { path: join(dir, 'i.course'), title: 'I', language: 'en' });
    for (const [name, content] of [
      ['notes.png', 'hello'],
      ['x.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ] as const) {
      await expect(
        call('asset.addImage', {
          name,
          mime: 'image/png',
          dataBase64: Buffer.from(content).toString('base64'),
        }),
      ).rejects.toMatchObject({ code: 'UNSUPPORTED_IMAGE' });
    }
    expect(await call('asset.list', {})).toEqual([]);
  });
});

describe('the chunk store', () => {
  it('splits large files, stores equal chunks once and reads any range', () => {
    const project = Project.create(join(tempDir(), 'c.course'), { title: 'C', language: 'en' });
    const block = Buffer.alloc(CHUNK_SIZE, 7);
    const tail = Buffer.from('the end 结束');
    const bytes = Buffer.concat([block, block, tail]);
    const asset = project.transact((db) =>
      insertAsset(
        db,
        { kind: 'file', name: 'big.bin', mime: 'application/octet-stream', bytes },
        'now',
      ),
    );
    expect(project.db.prepare('SELECT count(*) AS n FROM chunks').get()).toEqual({ n: 2 });
    const file = openMediaFile(project.db, asset.id)!;
    expect(file.size).toBe(bytes.length);
    for (const [start, end] of [
      [0, 10],
      [CHUNK_SIZE - 5, CHUNK_SIZE + 5],
      [CHUNK_SIZE * 2 - 1, bytes.length],
      [0, bytes.length],
    ] as const) {
      expect(file.read(start, end).equals(bytes.subarray(start, end)), `${start}-${end}`).toBe(
        true,
      );
    }
    expect(file.read(bytes.length, bytes.length + 10).length).toBe(0);

    project.transact((db) => {
      db.prepare('DELETE FROM assets WHERE id = ?').run(asset.id);
      collectGarbage(db);
    });
    expect(project.db.prepare('SELECT count(*) AS n FROM chunks').get()).toEqual({ n: 0 });
    project.close();
  });
});

describe('giving space back', () => {
  it('happens in steps after the delete, between other work, until the file has shrunk', async () => {
    const path = join(tempDir(), 'space.course');
    const project = Project.create(path, { title: 'S', language: 'en' });
    // 12 distinct 4 MiB chunks, so nothing is stored once for several.
    const bytes = Buffer.concat(
      Array.from({ length: 12 }, (_, i) => Buffer.alloc(CHUNK_SIZE, i + 1)),
    );
    const asset = project.transact((db) =>
      insertAsset(
        db,
        { kind: 'file', name: 'lecture.bin', mime: 'application/octet-stream', bytes },
        'now',
      ),
    );
    const pages = () => project.db.pragma('page_count', { simple: true }) as number;
    const free = () => project.db.pragma('freelist_count', { simple: true }) as number;
    const before = pages();

    project.transact((db) => {
      db.prepare('DELETE FROM assets WHERE id = ?').run(asset.id);
      collectGarbage(db);
    });
    // The delete itself only frees pages: 48 MiB is 12,000-odd of them.
    expect(free()).toBeGreaterThan(10_000);
    let turns = 0;
    const counting = setInterval(() => (turns += 1), 0);
    await project.spaceReclaimed();
    clearInterval(counting);
    // The event loop ran other work while the space came back (one step is 512 pages).
    expect(turns).toBeGreaterThan(2);
    expect(free()).toBe(0);
    expect(before - pages()).toBeGreaterThan(10_000);
    project.close();
  });

  it('leaves the pages a lesson save frees for the next save instead of shrinking the file', async () => {
    const project = Project.create(join(tempDir(), 'lesson.course'), {
      title: 'L',
      language: 'en',
    });
    const id = (
      project.db.prepare("SELECT id FROM outline WHERE kind = 'lesson'").get() as {
        id: string;
      }
    ).id;
    const longLesson = (word: string) => ({
      root: {
        type: 'root',
        children: Array.from({ length: 2000 }, () => ({
          type: 'paragraph',
          children: [{ type: 'text', text: `${word} `.repeat(60) }],
        })),
      },
    });
    let revision = 0;
    for (const word of ['first', 'second', 'third']) {
      revision = project.transact((db) => saveLesson(db, id, longLesson(word), revision, 'now'));
    }
    const pages = project.db.pragma('page_count', { simple: true }) as number;
    expect(project.db.pragma('freelist_count', { simple: true })).toBeGreaterThan(100);
    await project.spaceReclaimed();
    expect(project.db.pragma('page_count', { simple: true })).toBe(pages);
    project.close();
  });

  it('resumes on the next open when the project closed first', async () => {
    const path = join(tempDir(), 'resume.course');
    const project = Project.create(path, { title: 'R', language: 'en' });
    const bytes = Buffer.concat(Array.from({ length: 4 }, (_, i) => Buffer.alloc(CHUNK_SIZE, i)));
    const asset = project.transact((db) =>
      insertAsset(
        db,
        { kind: 'file', name: 'a.bin', mime: 'application/octet-stream', bytes },
        'now',
      ),
    );
    project.transact((db) => {
      db.prepare('DELETE FROM assets WHERE id = ?').run(asset.id);
      collectGarbage(db);
    });
    project.close();
    const again = Project.open(path);
    expect(again.db.pragma('freelist_count', { simple: true })).toBeGreaterThan(0);
    await again.spaceReclaimed();
    expect(again.db.pragma('freelist_count', { simple: true })).toBe(0);
    again.close();
  });
});
