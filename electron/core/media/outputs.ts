/**
 * Tidying ffmpeg's outputs into the asset's file names before they are stored: the HLS
 * muxer numbers init segments per variant (init_0.mp4), the asset wants `init.mp4` in each
 * rung's folder, and the thumbnails become one sprite with its map.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StudioError } from '../../shared/errors';
import { mediaFileNames, renditionDir } from '../../shared/media-files';
import type { LadderPlan } from './ladder';
import { writeMasterPlaylist } from './master-playlist';
import { makeSprite } from './thumbnails';

/** Renames init segments, writes thumbs.vtt and checks every expected file is there. */
export async function finishOutputs(
  dir: string,
  plan: LadderPlan,
  ffmpeg: string,
  signal: AbortSignal,
): Promise<void> {
  if (plan.kind === 'audio') return requireFiles(dir, [mediaFileNames.audio]);
  const numbered = nameNumberedVariants(dir, plan);
  for (const rendition of plan.renditions) {
    const folder = join(dir, renditionDir(rendition.rung));
    const init = readdirSync(folder).find((name) => /^init(_\d+)?\.mp4$/.test(name));
    if (!init) throw missing(`${renditionDir(rendition.rung)}/init.mp4`);
    if (init !== 'init.mp4') renameSync(join(folder, init), join(folder, 'init.mp4'));
    const playlist = join(folder, 'index.m3u8');
    if (!existsSync(playlist)) throw missing(`${renditionDir(rendition.rung)}/index.m3u8`);
    const text = readFileSync(playlist, 'utf8').replace(
      /#EXT-X-MAP:URI="[^"]*"/,
      '#EXT-X-MAP:URI="init.mp4"',
    );
    writeFileSync(playlist, text);
  }
  if (numbered) writeMasterPlaylist(dir, plan);
  await makeSprite(dir, plan.thumbnails!, plan.durationSec, ffmpeg, signal);
  requireFiles(dir, [mediaFileNames.master, mediaFileNames.video, mediaFileNames.poster]);
}

/**
 * ffmpeg before 4.2 (the npm build) cannot name variants, so its rungs come out as hls/0,
 * hls/1, ... in ladder order: give them their rung names. True when it did.
 */
function nameNumberedVariants(dir: string, plan: LadderPlan): boolean {
  const numbered = (i: number) => join(dir, 'hls', String(i));
  if (!existsSync(numbered(0))) return false;
  plan.renditions.forEach((rendition, i) => {
    const named = join(dir, renditionDir(rendition.rung));
    rmSync(named, { recursive: true, force: true });
    renameSync(numbered(i), named);
  });
  return true;
}

function requireFiles(dir: string, names: string[]): void {
  for (const name of names) if (!existsSync(join(dir, name))) throw missing(name);
}

function missing(name: string): StudioError {
  return new StudioError('MEDIA_TRANSCODE_FAILED', `ffmpeg finished without writing ${name}.`, {
    file: name,
  });
}
