/**
 * Scrub-preview thumbnails: the grid a plan asks for, the single frames the ladder run writes
 * as it goes, the sprite a second tiny ffmpeg run tiles them into, and the WebVTT map
 * (`sprite.jpg#xywh=x,y,w,h`) players read.
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StudioError } from '../../shared/errors';
import { mediaFileNames } from '../../shared/media-files';
import { vttTime } from './caption-files';
import { runTool } from './run-tool';

export interface ThumbnailGrid {
  intervalSec: number;
  width: number;
  height: number;
  columns: number;
}

const THUMB_LONG_SIDE = 160;
const MAX_THUMBNAILS = 300;
const SPRITE_COLUMNS = 10;

/** Frames every few seconds, at most 300 of them, 160 px on the long side, 10 a row. */
export function thumbnailGrid(width: number, height: number, durationSec: number): ThumbnailGrid {
  const intervalSec = Math.max(2, Math.ceil(durationSec / MAX_THUMBNAILS));
  const count = Math.max(1, Math.ceil(durationSec / intervalSec));
  const [thumbWidth, thumbHeight] =
    width >= height
      ? [THUMB_LONG_SIDE, Math.max(2, Math.round((THUMB_LONG_SIDE * height) / width / 2) * 2)]
      : [Math.max(2, Math.round((THUMB_LONG_SIDE * width) / height / 2) * 2), THUMB_LONG_SIDE];
  const columns = Math.min(SPRITE_COLUMNS, count);
  return { intervalSec, width: thumbWidth, height: thumbHeight, columns };
}

/** Single thumbnails as they come out of the ladder run; `spriteArgs` tiles them after. */
export const THUMBNAIL_FRAMES = 'thumbs/frame-%05d.jpg';

/** A second, tiny ffmpeg run: the thumbnails (not the source) into one sprite image. */
export function spriteArgs(grid: ThumbnailGrid, count: number): string[] {
  const rows = Math.max(1, Math.ceil(count / grid.columns));
  return [
    '-hide_banner',
    '-nostdin',
    '-v',
    'error',
    '-framerate',
    '1',
    '-start_number',
    '1',
    '-i',
    THUMBNAIL_FRAMES,
    '-vf',
    `tile=${grid.columns}x${rows}`,
    '-frames:v',
    '1',
    '-q:v',
    '5',
    '-update',
    '1',
    mediaFileNames.sprite,
  ];
}

/** Tiles the single thumbnails into the sprite, writes its map and removes the singles. */
export async function makeSprite(
  dir: string,
  grid: ThumbnailGrid,
  durationSec: number,
  ffmpeg: string,
  signal: AbortSignal,
): Promise<void> {
  const thumbs = join(dir, 'thumbs');
  const frames = readdirSync(thumbs).filter((name) => name.startsWith('frame-'));
  if (frames.length === 0) throw noThumbnails();
  const result = await runTool(ffmpeg, spriteArgs(grid, frames.length), { signal, cwd: dir });
  if (result.code !== 0) {
    throw new StudioError(
      'MEDIA_TRANSCODE_FAILED',
      `ffmpeg could not make the thumbnail sprite: ${result.stderr.trim()}`,
    );
  }
  for (const frame of frames) rmSync(join(thumbs, frame));
  writeFileSync(
    join(dir, mediaFileNames.thumbnails),
    thumbnailsVtt(grid, frames.length, durationSec),
  );
  if (!existsSync(join(dir, mediaFileNames.sprite))) throw noThumbnails();
}

/** The WebVTT map players use for scrub previews: one cue per thumbnail, `#xywh=` into the sprite. */
export function thumbnailsVtt(grid: ThumbnailGrid, count: number, durationSec: number): string {
  const cues: string[] = ['WEBVTT', ''];
  for (let i = 0; i < count; i += 1) {
    const start = i * grid.intervalSec;
    if (start >= durationSec) break;
    const end = Math.min(start + grid.intervalSec, durationSec);
    const x = (i % grid.columns) * grid.width;
    const y = Math.floor(i / grid.columns) * grid.height;
    cues.push(
      `${vttTime(start)} --> ${vttTime(end)}`,
      `sprite.jpg#xywh=${x},${y},${grid.width},${grid.height}`,
      '',
    );
  }
  return cues.join('\n');
}

function noThumbnails(): StudioError {
  return new StudioError('MEDIA_TRANSCODE_FAILED', 'ffmpeg finished without writing thumbnails.');
}
