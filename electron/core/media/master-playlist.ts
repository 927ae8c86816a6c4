/**
 * The HLS master playlist, written by us for ffmpeg builds that cannot write it (the 2018
 * npm build crashes on a master of several variants). It says what ffmpeg's own says: one
 * EXT-X-STREAM-INF per rung with its peak BANDWIDTH, RESOLUTION and CODECS.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mediaFileNames, renditionDir } from '../../shared/media-files';
import type { LadderPlan } from './ladder';

/** Writes hls/master.m3u8 for the rungs already in `dir`. */
export function writeMasterPlaylist(dir: string, plan: LadderPlan): void {
  const lines = ['#EXTM3U', '#EXT-X-VERSION:7', '#EXT-X-INDEPENDENT-SEGMENTS'];
  for (const rendition of plan.renditions) {
    const folder = join(dir, renditionDir(rendition.rung));
    const init = readFileSync(join(folder, 'init.mp4'));
    const codecs = [avcCodec(init), ...(init.includes('mp4a') ? ['mp4a.40.2'] : [])];
    lines.push(
      `#EXT-X-STREAM-INF:BANDWIDTH=${peakBitsPerSecond(folder)},RESOLUTION=${rendition.width}x${rendition.height},CODECS="${codecs.join(',')}"`,
      `${rendition.rung}p/index.m3u8`,
    );
  }
  writeFileSync(join(dir, mediaFileNames.master), `${lines.join('\n')}\n`);
}

/**
 * RFC 6381's avc1.PPCCLL from the avcC box of the init segment: profile, constraint flags
 * and level, the three bytes after the box's version byte.
 */
function avcCodec(init: Buffer): string {
  const at = init.indexOf('avcC');
  if (at < 0 || at + 8 > init.length) return 'avc1.640028';
  const hex = (byte: number) => byte.toString(16).padStart(2, '0');
  return `avc1.${hex(init[at + 5]!)}${hex(init[at + 6]!)}${hex(init[at + 7]!)}`;
}

/** BANDWIDTH is the peak: the largest segment's bits over its duration (RFC 8216 4.3.4.2). */
function peakBitsPerSecond(folder: string): number {
  const playlist = readFileSync(join(folder, 'index.m3u8'), 'utf8').split('\n');
  let peak = 0;
  playlist.forEach((line, i) => {
    const duration = /^#EXTINF:([\d.]+)/.exec(line);
    const segment = playlist[i + 1]?.trim();
    if (!duration || !segment) return;
    const seconds = Number(duration[1]);
    if (seconds > 0) peak = Math.max(peak, (statSync(join(folder, segment)).size * 8) / seconds);
  });
  return Math.ceil(peak);
}
