/**
 * Finding ffmpeg and ffprobe (DESIGN §4). Candidates, in order: COURSE_STUDIO_FFMPEG /
 * COURSE_STUDIO_FFPROBE (always used when set), the binaries packaged with the desktop app,
 * the npm ones (ffmpeg-static when its download worked, @ffmpeg-installer/ffmpeg and
 * @ffprobe-installer/ffprobe), then the PATH. Each candidate is asked once what it is and can
 * do (capabilities.ts); the ffmpeg chosen is the most capable, then the newest, then the
 * first in that order. So an old bundled or npm build never wins over a newer, more capable
 * system ffmpeg, and a machine without one still transcodes. ffprobe comes from the same
 * place as the chosen ffmpeg when it can: a pair from one build reads the same formats.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { StudioError } from '../../shared/errors';
import {
  compareVersions,
  forgetToolProbes,
  missingEssentials,
  probeFfmpeg,
  probeFfprobe,
  qualityScore,
  type FfmpegFeatures,
  type FfmpegProbe,
  type ToolVersion,
} from './capabilities';

export interface MediaTools {
  ffmpeg: string;
  ffprobe: string;
}

export type ToolSource = 'env' | 'bundled' | 'npm' | 'path';

export interface ToolCandidate {
  path: string;
  source: ToolSource;
  /** The npm package it comes from, for source 'npm'. */
  package: string | null;
}

export interface FoundTool extends ToolCandidate {
  /** Null when the binary did not answer `-version` like ffmpeg does. */
  version: ToolVersion | null;
}

export interface FoundFfmpeg extends FoundTool {
  features: FfmpegFeatures | null;
}

/** Everything the resolver saw: what doctor prints and what imports are warned about. */
export interface MediaToolsReport {
  ffmpeg: FoundFfmpeg | null;
  ffprobe: FoundTool | null;
  /** Every candidate looked at, usable or not, in the order above. */
  candidates: { tool: 'ffmpeg' | 'ffprobe'; found: FoundTool }[];
}

type Tool = 'ffmpeg' | 'ffprobe';

const requireHere = createRequire(import.meta.url);
const exe = process.platform === 'win32' ? '.exe' : '';

/** npm packages holding each tool, in the order they are tried. */
export const NPM_TOOL_PACKAGES: Record<Tool, readonly string[]> = {
  ffmpeg: ['ffmpeg-static', '@ffmpeg-installer/ffmpeg'],
  ffprobe: ['@ffprobe-installer/ffprobe'],
};

/**
 * Where the desktop packages carry the binaries: electron-builder copies the platform's npm
 * binary to `resources/<dir>/<name>` (packaging/electron-builder.yml; a test keeps the two
 * in step).
 */
export const BUNDLED_TOOLS_DIR = 'media-tools';

/** The file name of a tool on a platform. */
export function toolFileName(tool: Tool, platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? `${tool}.exe` : tool;
}

let bundledDir: string | null = null;
let cached: MediaToolsReport | null = null;

/** The packaged app's main process says where its own binaries are (resources/media-tools). */
export function useBundledMediaTools(dir: string | null): void {
  bundledDir = dir;
  resetMediaTools();
}

/** The ffmpeg and ffprobe to run; throws FFMPEG_NOT_FOUND with what to do when one is missing. */
export function findMediaTools(): MediaTools {
  const { ffmpeg, ffprobe } = mediaToolsReport();
  if (!ffmpeg || !ffprobe) {
    const missing = [ffmpeg ? null : 'ffmpeg', ffprobe ? null : 'ffprobe'].filter(Boolean);
    throw new StudioError(
      'FFMPEG_NOT_FOUND',
      `${missing.join(' and ')} not found. Run npm install (it brings both), install ffmpeg (https://ffmpeg.org/download.html) or set COURSE_STUDIO_FFMPEG and COURSE_STUDIO_FFPROBE to their paths.`,
      { missing },
    );
  }
  return { ffmpeg: ffmpeg.path, ffprobe: ffprobe.path };
}

/** What was found, with versions and capabilities; looked up once and cached. */
export function mediaToolsReport(): MediaToolsReport {
  if (cached) return cached;
  const candidates: MediaToolsReport['candidates'] = [];
  const ffmpegs = candidatesFor('ffmpeg').map((candidate): FoundFfmpeg => {
    const probe = probeFfmpeg(candidate.path);
    return { ...candidate, version: probe && versionOf(probe), features: probe?.features ?? null };
  });
  for (const found of ffmpegs) candidates.push({ tool: 'ffmpeg', found });
  const ffmpeg = chooseFfmpeg(ffmpegs);

  const ffprobes = candidatesFor('ffprobe').map((candidate): FoundTool => ({
    ...candidate,
    version: probeFfprobe(candidate.path),
  }));
  for (const found of ffprobes) candidates.push({ tool: 'ffprobe', found });
  const ffprobe = chooseFfprobe(ffprobes, ffmpeg);

  cached = { ffmpeg, ffprobe, candidates };
  return cached;
}

/** Forgets what was found and what each binary said (tests change the environment). */
export function resetMediaTools(): void {
  cached = null;
  forgetToolProbes();
}

/** Forgets the choice only: the binaries' answers stay cached (a test shows they are reused). */
export function forgetMediaToolChoice(): void {
  cached = null;
}

function chooseFfmpeg(found: FoundFfmpeg[]): FoundFfmpeg | null {
  const env = found.find((tool) => tool.source === 'env');
  if (env || process.env.COURSE_STUDIO_FFMPEG) return env ?? null;
  let best: FoundFfmpeg | null = null;
  for (const tool of found) {
    if (!tool.version || !tool.features) continue;
    if (!best || beats(tool, best)) best = tool;
  }
  return best;
}

/** A later candidate replaces an earlier one only when it is better, never on a tie. */
function beats(a: FoundFfmpeg, b: FoundFfmpeg): boolean {
  const usable = (tool: FoundFfmpeg) => (missingEssentials(tool.features!).length === 0 ? 1 : 0);
  const ranks = [
    usable(a) - usable(b),
    qualityScore(a.features!) - qualityScore(b.features!),
    compareVersions(a.version!, b.version!),
  ];
  const decisive = ranks.find((rank) => rank !== 0) ?? 0;
  return decisive > 0;
}

function chooseFfprobe(found: FoundTool[], ffmpeg: FoundFfmpeg | null): FoundTool | null {
  const env = found.find((tool) => tool.source === 'env');
  if (env || process.env.COURSE_STUDIO_FFPROBE) return env ?? null;
  const working = found.filter((tool) => tool.version !== null);
  const sameSource = ffmpeg ? working.find((tool) => tool.source === ffmpeg.source) : undefined;
  return sameSource ?? working[0] ?? null;
}

function candidatesFor(tool: Tool): ToolCandidate[] {
  const fromEnv = process.env[tool === 'ffmpeg' ? 'COURSE_STUDIO_FFMPEG' : 'COURSE_STUDIO_FFPROBE'];
  if (fromEnv) {
    return isExecutable(fromEnv) ? [{ path: fromEnv, source: 'env', package: null }] : [];
  }
  const candidates: ToolCandidate[] = [];
  if (bundledDir) {
    const path = join(bundledDir, toolFileName(tool));
    if (isExecutable(path)) candidates.push({ path, source: 'bundled', package: null });
  }
  for (const name of NPM_TOOL_PACKAGES[tool]) {
    const path = npmBinary(name);
    if (path && isExecutable(path)) candidates.push({ path, source: 'npm', package: name });
  }
  // Tests hide the system ffmpeg this way to show that the npm binaries do the work alone.
  if (process.env.COURSE_STUDIO_IGNORE_PATH_TOOLS !== '1') {
    const path = onPath(tool);
    if (path) candidates.push({ path, source: 'path', package: null });
  }
  return candidates;
}

/** ffmpeg-static exports the path itself; the installers export `{ path }`. */
function npmBinary(name: string): string | null {
  let exported: unknown;
  try {
    exported = requireHere(name) as unknown;
  } catch {
    return null; // Not installed, or (ffmpeg-static) its download failed: the normal case.
  }
  if (typeof exported === 'string') return exported;
  const path = (exported as { path?: unknown } | null)?.path;
  return typeof path === 'string' ? path : null;
}

function onPath(tool: Tool): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, `${tool}${exe}`);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

function versionOf(probe: FfmpegProbe): ToolVersion {
  return { version: probe.version, year: probe.year, libavformat: probe.libavformat };
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
