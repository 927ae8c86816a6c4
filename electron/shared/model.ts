/** Plain data types shared by every process. No behaviour lives here. */
import type { ExportFormat } from './export-formats';

export const courseLanguages = ['en', 'zh-CN'] as const;
export type CourseLanguage = (typeof courseLanguages)[number];

export const uiLanguages = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export interface Course {
  title: string;
  description: string;
  language: CourseLanguage;
  authors: string[];
  license: string;
  coverAssetId: string | null;
  /** Percent of quiz points a learner needs to pass (SCORM / cmi5 mastery score). */
  passingScore: number;
  createdAt: string;
  updatedAt: string;
}

export interface OutlineLesson {
  id: string;
  title: string;
  /** The lesson's own pass mark in percent; absent when the course's applies. */
  passingScore?: number;
}

export interface OutlineSection {
  id: string;
  title: string;
  lessons: OutlineLesson[];
}

export type Outline = OutlineSection[];

/** Lexical's serialized editor state (`editor.getEditorState().toJSON()`). */
export interface LessonDocument {
  root: SerializedNode & { children: SerializedNode[] };
}

export interface SerializedNode {
  type: string;
  version?: number;
  children?: SerializedNode[];
  [key: string]: unknown;
}

export interface Lesson {
  id: string;
  sectionId: string;
  title: string;
  doc: LessonDocument;
  revision: number;
  updatedAt: string;
}

export const assetKinds = ['image', 'video', 'audio', 'caption', 'file'] as const;
export type AssetKind = (typeof assetKinds)[number];

export interface Asset {
  id: string;
  kind: AssetKind;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  createdAt: string;
}

export interface CourseSnapshot {
  path: string;
  schemaVersion: number;
  course: Course;
  outline: Outline;
  assetCount: number;
  fileSize: number;
  /** The file cannot be written (e.g. chmod 444): it is open for reading, edits give READ_ONLY. */
  readOnly?: boolean;
}

export interface RecentCourse {
  path: string;
  title: string;
  openedAt: string;
}

export interface Settings {
  /** null until the user picks one: the UI then follows the system language. */
  uiLanguage: UiLanguage | null;
  recent: RecentCourse[];
}

export interface AppInfo {
  version: string;
  host: 'electron' | 'web';
  platform: string;
  defaultCourseDir: string;
}

/** Why the project changed; clients refetch what the reason touches. */
export type ChangeReason =
  'opened' | 'closed' | 'course' | 'outline' | 'lesson' | 'assets' | 'publications';

export interface ProjectChanged {
  reason: ChangeReason;
  /** The client (window or tab) that made the change; it already has the new state. */
  origin: string;
  lessonId?: string;
  revision?: number;
}

export function emptyLessonDocument(): LessonDocument {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [],
        },
      ],
    },
  };
}

// --- Media and jobs ----------------------------------------------------------------------

export const mediaQualities = ['fast', 'balanced', 'small'] as const;
/** x264 speed against file size: `fast` encodes quickest, `small` makes the smallest files. */
export type MediaQuality = (typeof mediaQualities)[number];

export const mediaTunings = ['auto', 'video', 'slides'] as const;
/** `slides` suits screen and slide recordings; `auto` picks it when the picture is mostly still. */
export type MediaTuning = (typeof mediaTunings)[number];

export interface CaptionTrack {
  /** BCP 47 tag, e.g. `en`, `zh-CN`; the file is `captions/<lang>.vtt`. */
  lang: string;
  label: string;
}

export interface Chapter {
  /** Seconds from the start. */
  time: number;
  title: string;
}

/** The `assets.meta` JSON of a video or audio asset. */
export interface MediaMeta {
  durationSec: number;
  /** Displayed size of the source, after rotation (0 for audio). */
  width: number;
  height: number;
  /** Clockwise rotation the source asked for; the outputs are already upright. */
  rotation: number;
  fps: number;
  hasAudio: boolean;
  /** HLS rungs by the picture's short side, e.g. [360, 540, 720]: `hls/<rung>p/`. */
  rungs: number[];
  preset: MediaQuality;
  tuning: 'video' | 'slides';
  loudnorm: boolean;
  captions: CaptionTrack[];
  chapters: Chapter[];
  /** Slide recordings: where the picture changes completely, for the author to accept. */
  chapterSuggestions?: Chapter[];
  sourceName: string;
  sourceSize: number;
  /** The lesson the video was imported for, if any. */
  lessonId?: string;
}

/** `queued` / `processing`: an import is pending; `failed`: it failed and nothing was stored. */
export type MediaState = 'queued' | 'processing' | 'ready' | 'failed';

export interface MediaFileInfo {
  name: string;
  mime: string;
  size: number;
}

/** A library entry: a stored asset, or an import that has not finished yet. */
export interface MediaAsset {
  id: string;
  kind: AssetKind;
  name: string;
  state: MediaState;
  /** Bytes stored for the asset, every file together. */
  size: number;
  createdAt: string;
  meta: MediaMeta | null;
  /** The newest job that imports or replaces this asset, if any. */
  jobId: string | null;
  error: { code: string; message: string } | null;
}

export interface MediaAssetDetail extends MediaAsset {
  files: MediaFileInfo[];
  /** Lessons whose documents refer to this asset. */
  usedIn: string[];
}

export const jobStates = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof jobStates)[number];

export interface Job {
  id: string;
  kind: string;
  state: JobState;
  /** What the job works on, for the tray: usually the source file name. */
  title: string;
  assetId: string | null;
  progress: number;
  error: { code: string; message: string; details?: Record<string, unknown> } | null;
  attempts: number;
  createdAt: string;
  updatedAt: string;
}

export interface JobProgress {
  jobId: string;
  /** 0..1 over the whole job. */
  fraction: number;
  phase: string;
  /** Media seconds per wall-clock second while transcoding. */
  speed: number | null;
  etaSeconds: number | null;
}

// ── Export ───────────────────────────────────────────────────────────────────────────────

// The formats and their facts (label, archive, suffix, options) live in export-formats.ts.
export { exportFormats, type ExportFormat } from './export-formats';

export interface ExportOptions {
  /** SCORM / cmi5: one SCO (AU) per lesson instead of one for the course. */
  scoPerLesson?: boolean;
  /** site: write a .zip instead of a folder (default: when outPath ends in .zip). */
  zip?: boolean;
  /** Leave out the HLS ladder and carry only the progressive MP4 (smaller packages). */
  mp4Only?: boolean;
  /**
   * The user confirmed replacing a regular file at `outPath` that is not an earlier export
   * (never a course, a folder, a link or a device: see core/export/output-guard.ts).
   */
  replaceExisting?: boolean;
}

export interface ExportResult {
  format: ExportFormat;
  /** The written file or folder. */
  path: string;
  /** Bytes written. */
  bytes: number;
  /** Files in the package. */
  files: number;
  /** What the package lacks although the export succeeded; empty when nothing. */
  warnings: ExportWarning[];
}

/** Something an export left out; the UI and the CLI show each one. */
export type ExportWarning =
  | { code: 'NO_LESSONS' }
  /** The lesson's video is still being imported or transcoded. */
  | { code: 'VIDEO_NOT_READY'; lessonId: string; lesson: string; assetId: string; asset: string }
  /** The lesson's video failed to import or was deleted: it has no playable file. */
  | { code: 'VIDEO_MISSING'; lessonId: string; lesson: string; assetId: string; asset: string };

/** A page of the learner player the studio's preview frame loads (see `preview.*`). */
export interface PreviewPage {
  /** Path of the page inside the preview site, e.g. `lesson-<id>.html`. */
  entry: string;
  /** Every path the preview site serves. */
  files: string[];
}

/** A media asset with stored bytes that no longer match their hash. */
export interface DamagedAsset {
  assetId: string;
  name: string;
  /** Its damaged stored files, e.g. `video.mp4`, `hls/720p/seg-00003.m4s`. */
  files: string[];
}

/** What `project.verify` found: SQLite's own check and every media chunk against its hash. */
export interface MediaCheck {
  ok: boolean;
  /** SQLite's quick_check: 'ok', or what it found wrong. */
  structure: string;
  files: number;
  chunks: number;
  bytes: number;
  damagedChunks: number;
  damaged: DamagedAsset[];
}
