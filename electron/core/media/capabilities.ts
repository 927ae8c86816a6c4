/**
 * What one ffmpeg or ffprobe binary is and can do, asked of the binary itself: its version and
 * the encoders, muxer options and filters the ladder needs. Each binary is asked once per
 * process (a handful of `-version` / `-filters` runs, a few milliseconds for a static build),
 * and the answer is cached by path, size and modification time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ToolVersion {
  /** The word after "version": "5.1.9-0+deb12u1", or "N-47683-g0e8eb07980-static" for a git build. */
  version: string;
  /** The copyright line's last year: how old a git snapshot (which has no release number) is. */
  year: number | null;
  /** libavformat's major.minor.micro: comparable across release and git builds alike. */
  libavformat: [number, number, number];
}

/** What the ladder uses; the first three are required, the rest change quality or arguments. */
export interface FfmpegFeatures {
  libx264: boolean;
  aac: boolean;
  /** The HLS muxer writes fMP4 segments (`-hls_segment_type fmp4`). */
  hlsFmp4: boolean;
  /** zscale (needs zimg) and tonemap: HDR sources become SDR without washed-out colour. */
  zscale: boolean;
  tonemap: boolean;
  /** EBU R128 loudness normalisation of lecture audio. */
  loudnorm: boolean;
  /** `-fps_mode` (ffmpeg 5.1+); older builds only know `-vsync`. */
  fpsMode: boolean;
  /**
   * The HLS muxer names variants (`name:` in `-var_stream_map`) and writes their master
   * playlist. The 2018 npm build refuses names and crashes writing a master of several.
   */
  hlsVariants: boolean;
}

export interface FfmpegProbe extends ToolVersion {
  features: FfmpegFeatures;
}

const PROBE_TIMEOUT_MS = 15_000;

const ffmpegCache = new Map<string, FfmpegProbe | null>();
const ffprobeCache = new Map<string, ToolVersion | null>();

/** Version and features of an ffmpeg, or null when it does not run or is not ffmpeg. */
export function probeFfmpeg(path: string): FfmpegProbe | null {
  const key = cacheKey(path);
  if (ffmpegCache.has(key)) return ffmpegCache.get(key) ?? null;
  const version = readVersion(path, 'ffmpeg');
  let probe: FfmpegProbe | null = null;
  if (version) {
    const encoders = run(path, ['-hide_banner', '-encoders']);
    const filters = run(path, ['-hide_banner', '-filters']);
    const hls = run(path, ['-hide_banner', '-h', 'muxer=hls']);
    const options = run(path, ['-hide_banner', '-h', 'long']);
    probe = {
      ...version,
      features: {
        libx264: listed(encoders, 'libx264'),
        aac: listed(encoders, 'aac'),
        hlsFmp4: /^\s+fmp4\s/m.test(hls),
        zscale: listed(filters, 'zscale'),
        tonemap: listed(filters, 'tonemap'),
        loudnorm: listed(filters, 'loudnorm'),
        fpsMode: /^-fps_mode\s/m.test(options),
        hlsVariants: writesHlsVariants(path),
      },
    };
  }
  ffmpegCache.set(key, probe);
  return probe;
}

/** Version of an ffprobe, or null when it does not run or is not ffprobe. */
export function probeFfprobe(path: string): ToolVersion | null {
  const key = cacheKey(path);
  if (ffprobeCache.has(key)) return ffprobeCache.get(key) ?? null;
  const version = readVersion(path, 'ffprobe');
  ffprobeCache.set(key, version);
  return version;
}

/** Forgets every answer (tests replace binaries at the same path). */
export function forgetToolProbes(): void {
  ffmpegCache.clear();
  ffprobeCache.clear();
}

/** The ladder cannot be made at all without these. */
export function missingEssentials(features: FfmpegFeatures): string[] {
  const missing: string[] = [];
  if (!features.libx264) missing.push('libx264');
  if (!features.aac) missing.push('aac');
  if (!features.hlsFmp4) missing.push('hls fmp4');
  return missing;
}

/** How many of the quality features a build has: HDR tone mapping and loudness. */
export function qualityScore(features: FfmpegFeatures): number {
  return (features.zscale && features.tonemap ? 1 : 0) + (features.loudnorm ? 1 : 0);
}

/** Negative when `a` is older than `b`. */
export function compareVersions(a: ToolVersion, b: ToolVersion): number {
  for (let i = 0; i < 3; i++) {
    const diff = a.libavformat[i]! - b.libavformat[i]!;
    if (diff !== 0) return diff;
  }
  return 0;
}

function readVersion(path: string, tool: 'ffmpeg' | 'ffprobe'): ToolVersion | null {
  const text = run(path, ['-hide_banner', '-version']);
  const head = new RegExp(`^${tool} version (\\S+)(?:.*?\\d{4}-(\\d{4}))?`, 'm').exec(text);
  const lavf = /^libavformat\s+(\d+)\.\s*(\d+)\.\s*(\d+)/m.exec(text);
  if (!head?.[1] || !lavf) return null;
  return {
    version: head[1],
    year: head[2] ? Number(head[2]) : null,
    libavformat: [Number(lavf[1]), Number(lavf[2]), Number(lavf[3])],
  };
}

/** `-encoders` / `-filters` list one name per line after a column of flags. */
function listed(text: string, name: string): boolean {
  return new RegExp(`^\\s*[A-Z.|]+\\s+${name}\\s`, 'm').test(text);
}

/** No help text tells: a one-second HLS of a blank picture in two named variants does. */
function writesHlsVariants(ffmpeg: string): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'course-studio-probe-'));
  try {
    const result = spawnSync(
      ffmpeg,
      [
        ...[
          '-hide_banner',
          '-nostdin',
          '-v',
          'error',
          '-f',
          'lavfi',
          '-i',
          'color=s=32x32:r=1:d=1',
        ],
        ...['-c:v', 'mpeg2video', '-f', 'hls', '-var_stream_map', 'v:0,name:probe'],
        ...['-hls_segment_filename', join(dir, '%v-%d.ts'), join(dir, '%v.m3u8')],
      ],
      { timeout: PROBE_TIMEOUT_MS, windowsHide: true, stdio: 'ignore' },
    );
    return result.status === 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(path: string, args: string[]): string {
  const result = spawnSync(path, args, {
    encoding: 'utf8',
    timeout: PROBE_TIMEOUT_MS,
    windowsHide: true,
    maxBuffer: 8 * 1024 * 1024,
  });
  if (result.error || result.status !== 0) return '';
  return `${result.stdout}\n${result.stderr}`;
}

function cacheKey(path: string): string {
  try {
    const stats = statSync(path);
    return `${path}\0${stats.size}\0${stats.mtimeMs}`;
  } catch {
    return path;
  }
}
