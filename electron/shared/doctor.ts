/**
 * What `app.doctor` reports: which ffmpeg and ffprobe the studio uses, where they
 * came from and what they can do, plus the other things a machine must give the studio:
 * Chromium for the tests, the Electron binary, and a private temp folder with room in it.
 * `course-studio doctor --json` prints exactly this; Settings → About shows it.
 */

/** Where a binary was found, in the order the resolver tries them. */
export type DoctorToolSource = 'env' | 'bundled' | 'npm' | 'path';

export interface DoctorTool {
  found: boolean;
  path: string | null;
  source: DoctorToolSource | null;
  /** The npm package, for source 'npm'. */
  package: string | null;
  /** "5.1.9-0+deb12u1", or a git build's "N-47683-g0e8eb07980-static". */
  version: string | null;
  /** The build's copyright year: how old a git build is. */
  year: number | null;
}

/** The capabilities the import uses; the first three are required. */
export const doctorFeatures = [
  'libx264',
  'aac',
  'hlsFmp4',
  'zscale',
  'tonemap',
  'loudnorm',
  'fpsMode',
  'hlsVariants',
] as const;
export type DoctorFeature = (typeof doctorFeatures)[number];

export interface DoctorCandidate {
  tool: 'ffmpeg' | 'ffprobe';
  path: string;
  source: DoctorToolSource;
  package: string | null;
  version: string | null;
  year: number | null;
  /** It answered like ffmpeg / ffprobe does. */
  runs: boolean;
  chosen: boolean;
}

/** Each warning has a code the UI translates; `message` is the English text for the CLI. */
export const doctorWarningCodes = [
  'FFMPEG_MISSING',
  'FFPROBE_MISSING',
  'FFMPEG_INCAPABLE',
  'NO_TONE_MAPPING',
  'NO_LOUDNORM',
  'TEMP_NOT_PRIVATE',
  'TEMP_LOW_SPACE',
] as const;
export type DoctorWarningCode = (typeof doctorWarningCodes)[number];

export interface DoctorWarning {
  code: DoctorWarningCode;
  message: string;
}

export interface DoctorReport {
  app: {
    version: string;
    platform: string;
    arch: string;
    node: string;
    /** Electron's version when the studio runs inside Electron. */
    electron: string | null;
  };
  ffmpeg: DoctorTool & { features: Record<DoctorFeature, boolean> | null };
  ffprobe: DoctorTool;
  /** Every binary looked at, chosen or not. */
  candidates: DoctorCandidate[];
  /** The browser the end-to-end tests drive (CHROMIUM_PATH, else /usr/bin/chromium). */
  chromium: { path: string; found: boolean };
  /** The desktop app's runtime: this process inside Electron, else node_modules/electron. */
  electron: { path: string | null; found: boolean; running: boolean };
  /** Where imports transcode: videos pass through here decoded, so it should be private. */
  temp: {
    path: string;
    exists: boolean;
    freeBytes: number | null;
    /** Only the user can read it; null where that cannot be told (Windows, or not made yet). */
    private: boolean | null;
  };
  warnings: DoctorWarning[];
  /** The studio can import video: a capable ffmpeg and an ffprobe were found. */
  ok: boolean;
}
