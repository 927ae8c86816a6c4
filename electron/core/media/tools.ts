/**
 * Finding ffmpeg and ffprobe (DESIGN §4): COURSE_STUDIO_FFMPEG / COURSE_STUDIO_FFPROBE, then
 * ffmpeg-static when its binary was downloaded, then @ffmpeg-installer/ffmpeg and
 * @ffprobe-installer/ffprobe, then the PATH. The packages are optional: a missing one is the
 * normal case, not an error.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { StudioError } from '../../shared/errors';
import { runTool } from './run-tool';

export interface MediaTools {
  ffmpeg: string;
  ffprobe: string;
}

type Tool = 'ffmpeg' | 'ffprobe';

const requireHere = createRequire(import.meta.url);
const exe = process.platform === 'win32' ? '.exe' : '';

let cached: MediaTools | null = null;

/** The ffmpeg and ffprobe to run; throws FFMPEG_NOT_FOUND with what to do when one is missing. */
export function findMediaTools(): MediaTools {
  if (cached) return cached;
  const ffmpeg = locate('ffmpeg');
  const ffprobe = locate('ffprobe', ffmpeg);
  const missing = [ffmpeg ? null : 'ffmpeg', ffprobe ? null : 'ffprobe'].filter(Boolean);
  if (!ffmpeg || !ffprobe) {
    throw new StudioError(
      'FFMPEG_NOT_FOUND',
      `${missing.join(' and ')} not found. Install ffmpeg (https://ffmpeg.org/download.html) or set COURSE_STUDIO_FFMPEG and COURSE_STUDIO_FFPROBE to their paths.`,
      { missing },
    );
  }
  cached = { ffmpeg, ffprobe };
  return cached;
}

/** Forgets the cached paths (tests change the environment). */
export function resetMediaTools(): void {
  cached = null;
}

function locate(tool: Tool, ffmpeg?: string | null): string | null {
  const fromEnv = process.env[tool === 'ffmpeg' ? 'COURSE_STUDIO_FFMPEG' : 'COURSE_STUDIO_FFPROBE'];
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  for (const candidate of packageCandidates(tool)) if (isExecutable(candidate)) return candidate;
  // ffmpeg-static ships no ffprobe; one next to a packaged ffmpeg is the likely companion.
  if (ffmpeg) {
    const sibling = join(dirname(ffmpeg), `ffprobe${exe}`);
    if (tool === 'ffprobe' && isExecutable(sibling)) return sibling;
  }
  return onPath(tool);
}

function packageCandidates(tool: Tool): string[] {
  const candidates: string[] = [];
  if (tool === 'ffmpeg') {
    const staticPath = optionalRequire('ffmpeg-static');
    if (typeof staticPath === 'string') candidates.push(staticPath);
  }
  const installer = optionalRequire(
    tool === 'ffmpeg' ? '@ffmpeg-installer/ffmpeg' : '@ffprobe-installer/ffprobe',
  ) as { path?: unknown } | null;
  if (typeof installer?.path === 'string') candidates.push(installer.path);
  return candidates;
}

function optionalRequire(name: string): unknown {
  try {
    return requireHere(name) as unknown;
  } catch {
    return null;
  }
}

function onPath(tool: Tool): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, `${tool}${exe}`);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const toneMappingSupport = new Map<string, Promise<boolean>>();

/**
 * Whether this ffmpeg can tone-map HDR to SDR (the zscale and tonemap filters; zscale needs
 * ffmpeg built with zimg, which Debian's and the static builds are). Asked once per binary.
 */
export function canToneMap(ffmpeg: string): Promise<boolean> {
  let answer = toneMappingSupport.get(ffmpeg);
  if (!answer) {
    answer = runTool(ffmpeg, ['-hide_banner', '-filters'], { timeoutMs: 30_000 }).then(
      (result) =>
        /^\s*\S+\s+zscale\s/m.test(result.stdout) && /^\s*\S+\s+tonemap\s/m.test(result.stdout),
      () => false,
    );
    toneMappingSupport.set(ffmpeg, answer);
  }
  return answer;
}
