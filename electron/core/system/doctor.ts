/**
 * `app.doctor`: what this machine gives the studio, gathered without changing anything.
 * Missing pieces are reported as missing, never thrown: doctor is what you run when
 * something is missing.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DoctorCandidate, DoctorReport, DoctorTool, DoctorWarning } from '../../shared/doctor';
import { missingEssentials } from '../media/capabilities';
import { freeBytes } from '../media/disk-space';
import { mediaToolsReport, type FoundTool } from '../media/tools';
import { studioTempRoot } from '../jobs/temp';
import { locateElectronBinary } from './electron-binary';

/** Below this the temp folder cannot hold the transcode of a long lecture. */
export const LOW_TEMP_SPACE_BYTES = 2 * 1024 ** 3;

/** Gathers the report; `appVersion` is the studio's own version. */
export function doctorReport(appVersion: string): DoctorReport {
  const tools = mediaToolsReport();
  const ffmpeg = tools.ffmpeg;
  const features = ffmpeg?.features ?? null;
  const warnings: DoctorWarning[] = [];
  const name = ffmpeg ? `ffmpeg ${ffmpeg.version?.version ?? '(unknown version)'}` : '';

  if (!ffmpeg) {
    warnings.push({
      code: 'FFMPEG_MISSING',
      message:
        'No ffmpeg was found: videos cannot be imported. Run npm install, install ffmpeg, or set COURSE_STUDIO_FFMPEG.',
    });
  }
  if (!tools.ffprobe) {
    warnings.push({
      code: 'FFPROBE_MISSING',
      message:
        'No ffprobe was found: videos cannot be imported. Run npm install, install ffmpeg, or set COURSE_STUDIO_FFPROBE.',
    });
  }
  const missing = features ? missingEssentials(features) : [];
  if (missing.length > 0) {
    warnings.push({
      code: 'FFMPEG_INCAPABLE',
      message: `${name} has no ${missing.join(', ')}: it cannot make streaming video.`,
    });
  }
  if (features && !(features.zscale && features.tonemap)) {
    warnings.push({
      code: 'NO_TONE_MAPPING',
      message: `${name} has no ${features.zscale ? 'tonemap' : 'zscale'} filter: HDR videos (most phones record HDR) are converted without tone mapping and look washed out.`,
    });
  }
  if (features && !features.loudnorm) {
    warnings.push({
      code: 'NO_LOUDNORM',
      message: `${name} has no loudnorm filter: imported sound keeps its original loudness.`,
    });
  }

  const temp = tempFolder();
  if (temp.private === false) {
    warnings.push({
      code: 'TEMP_NOT_PRIVATE',
      message: `Other users of this computer can read ${temp.path}, where videos are transcoded. Set COURSE_STUDIO_TEMP to a private folder, or make this one private (chmod 700).`,
    });
  }
  if (temp.freeBytes !== null && temp.freeBytes < LOW_TEMP_SPACE_BYTES) {
    warnings.push({
      code: 'TEMP_LOW_SPACE',
      message: `Only ${(temp.freeBytes / 1e9).toFixed(1)} GB are free for ${temp.path}: long lectures may not fit while they are transcoded.`,
    });
  }

  const electron = electronRuntime();
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return {
    app: {
      version: appVersion,
      platform: process.platform,
      arch: process.arch,
      node: process.version,
      electron: process.versions.electron ?? null,
    },
    ffmpeg: { ...toolOf(ffmpeg), features: features && { ...features } },
    ffprobe: toolOf(tools.ffprobe),
    candidates: tools.candidates.map(({ tool, found }): DoctorCandidate => ({
      tool,
      path: found.path,
      source: found.source,
      package: found.package,
      version: found.version?.version ?? null,
      year: found.version?.year ?? null,
      runs: found.version !== null,
      chosen: found.path === (tool === 'ffmpeg' ? ffmpeg : tools.ffprobe)?.path,
    })),
    chromium: { path: chromium, found: isExecutable(chromium) },
    electron,
    temp,
    warnings,
    ok: Boolean(ffmpeg && tools.ffprobe && missing.length === 0),
  };
}

function toolOf(found: FoundTool | null): DoctorTool {
  return {
    found: found !== null,
    path: found?.path ?? null,
    source: found?.source ?? null,
    package: found?.package ?? null,
    version: found?.version?.version ?? null,
    year: found?.version?.year ?? null,
  };
}

function electronRuntime(): DoctorReport['electron'] {
  if (process.versions.electron) return { path: process.execPath, found: true, running: true };
  const binary = locateElectronBinary();
  return { path: binary.path, found: binary.exists, running: false };
}

function tempFolder(): DoctorReport['temp'] {
  const path = studioTempRoot();
  const exists = existsSync(path);
  // Free space is the disk's: ask the nearest folder that exists.
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const free = freeBytes(existing);
  return {
    path,
    exists,
    freeBytes: Number.isFinite(free) ? free : null,
    private: exists ? isPrivate(path) : null,
  };
}

/** POSIX: owned by us, and nobody else may read, write or enter it. */
function isPrivate(path: string): boolean | null {
  if (process.platform === 'win32' || typeof process.getuid !== 'function') return null;
  try {
    const stats = statSync(path);
    return stats.uid === process.getuid() && (stats.mode & 0o077) === 0;
  } catch {
    return null;
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
