/**
 * "Send for review": a copy of the course file (SQLite's VACUUM INTO, a consistent copy even
 * while the course is open) marked as a review copy. The light copy keeps each video's
 * smallest rendition only: the other HLS rungs, the source and the full-size MP4 are dropped,
 * and the MP4 is remuxed (no re-encode) from the smallest rung so it still plays anywhere.
 */
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { StudioError, toStudioError } from '../../shared/errors';
import { mediaFileNames } from '../../shared/media-files';
import type { ReviewCopyResult } from '../../shared/review/model';
import {
  collectGarbage,
  openMediaFile,
  takeFreedChunks,
  writeMediaFile,
} from '../project/asset-repo';
import { getPackageId } from '../project/course-repo';
import type { Project } from '../project/project';
import { connect, type Db } from '../project/sqlite';
import { runTool } from '../media/run-tool';
import { findMediaTools } from '../media/tools';

/** Writes a review copy of `project` to `outPath`; reports the size of both files. */
export async function writeReviewCopy(
  project: Project,
  request: { outPath: string; light?: boolean; force?: boolean },
  at: string,
): Promise<ReviewCopyResult> {
  const outPath = resolve(request.outPath);
  if (outPath === project.path) {
    throw new StudioError('FILE_EXISTS', 'A review copy cannot replace the course itself.', {
      path: outPath,
    });
  }
  if (existsSync(outPath) && !request.force) {
    throw new StudioError('FILE_EXISTS', `${outPath} already exists.`, { path: outPath });
  }
  const temporary = `${outPath}.copying-${process.pid}`;
  rmSync(temporary, { force: true });
  const packageId = getPackageId(project.db);
  try {
    project.db.prepare('VACUUM INTO ?').run(temporary);
    const copy = connect(temporary, {});
    try {
      copy.pragma('foreign_keys = ON');
      copy
        .prepare('INSERT INTO review_copy (id, package_id, light, created_at) VALUES (1, ?, ?, ?)')
        .run(packageId, request.light ? 1 : 0, at);
      // The author's history stays with the author: reviewers see the course as it is now.
      copy.exec('DELETE FROM snapshots; DELETE FROM snapshot_docs;');
      if (request.light) await keepSmallestRenditions(copy);
      copy.exec('VACUUM');
    } finally {
      copy.close();
    }
    renameSync(temporary, outPath);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw toStudioError(error, { path: outPath });
  }
  return {
    outPath,
    light: request.light === true,
    courseBytes: fileBytes(project.path),
    copyBytes: statSync(outPath).size,
  };
}

function fileBytes(path: string): number {
  const wal = `${path}-wal`;
  return statSync(path).size + (existsSync(wal) ? statSync(wal).size : 0);
}

async function keepSmallestRenditions(db: Db): Promise<void> {
  const videos = db.prepare<[], { id: string }>(`SELECT id FROM assets WHERE kind = 'video'`).all();
  for (const { id } of videos) await lightenVideo(db, id);
  collectGarbage(db);
  takeFreedChunks(db);
}

async function lightenVideo(db: Db, assetId: string): Promise<void> {
  const names = db
    .prepare<[string], { name: string }>('SELECT name FROM media_files WHERE asset_id = ?')
    .all(assetId)
    .map((row) => row.name);
  const rungs = [
    ...new Set(names.map((name) => /^hls\/(\d+)p\//.exec(name)?.[1]).filter(Boolean)),
  ].map(Number);
  if (rungs.length === 0) return;
  const smallest = Math.min(...rungs);
  const keep = `hls/${smallest}p/`;
  const mp4 = await remuxRendition(db, assetId, keep);
  const remove = db.prepare('DELETE FROM media_files WHERE asset_id = ? AND name = ?');
  db.transaction(() => {
    for (const name of names) {
      const otherRung = name.startsWith('hls/') && name.includes('p/') && !name.startsWith(keep);
      if (otherRung || name === mediaFileNames.original || name === mediaFileNames.video) {
        remove.run(assetId, name);
      }
    }
    writeMediaFile(db, assetId, mediaFileNames.video, 'video/mp4', mp4);
    const master = openMediaFile(db, assetId, mediaFileNames.master);
    if (master) {
      const text = master.read(0, master.size).toString('utf8');
      remove.run(assetId, mediaFileNames.master);
      writeMediaFile(
        db,
        assetId,
        mediaFileNames.master,
        'application/vnd.apple.mpegurl',
        Buffer.from(onlyRendition(text, `${smallest}p/`)),
      );
    }
  })();
}

/** The master playlist with only the stream whose URI starts with `prefix`. */
export function onlyRendition(master: string, prefix: string): string {
  const lines = master.split('\n');
  const out: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.startsWith('#EXT-X-STREAM-INF')) {
      const uri = lines[index + 1] ?? '';
      if (uri.startsWith(prefix)) out.push(line, uri);
      index += 1;
    } else out.push(line);
  }
  return out.join('\n');
}

/**
 * One progressive MP4 from an fMP4 HLS rendition: the init segment followed by the media
 * segments is itself a fragmented MP4, which ffmpeg copies (no re-encoding) into a faststart
 * MP4.
 */
async function remuxRendition(db: Db, assetId: string, folder: string): Promise<Buffer> {
  const playlist = openMediaFile(db, assetId, `${folder}index.m3u8`);
  if (!playlist) throw new StudioError('INTERNAL', `Asset ${assetId} has no ${folder}index.m3u8`);
  const lines = playlist.read(0, playlist.size).toString('utf8').split('\n');
  const init = /URI="([^"]+)"/.exec(lines.find((line) => line.startsWith('#EXT-X-MAP')) ?? '')?.[1];
  const segments = lines.map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  const parts: Buffer[] = [];
  for (const name of init ? [init, ...segments] : segments) {
    const file = openMediaFile(db, assetId, `${folder}${name}`);
    if (!file) throw new StudioError('INTERNAL', `Asset ${assetId} lacks ${folder}${name}`);
    parts.push(file.read(0, file.size));
  }
  const dir = mkdtempSync(join(tmpdir(), 'course-studio-light-'));
  try {
    const input = join(dir, 'rendition.mp4');
    const output = join(dir, 'video.mp4');
    writeFileSync(input, Buffer.concat(parts));
    const { ffmpeg } = findMediaTools();
    const result = await runTool(
      ffmpeg,
      [
        '-hide_banner',
        '-loglevel',
        'error',
        '-y',
        '-protocol_whitelist',
        'file',
        '-i',
        `file:${input}`,
        '-c',
        'copy',
        '-movflags',
        '+faststart',
        `file:${output}`,
      ],
      { timeoutMs: 10 * 60 * 1000 },
    );
    if (result.code !== 0) {
      throw new StudioError(
        'MEDIA_TRANSCODE_FAILED',
        `ffmpeg could not remux ${assetId}: ${result.stderr.trim()}`,
      );
    }
    return readFileSync(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
