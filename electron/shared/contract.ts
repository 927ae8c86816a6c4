/**
 * The StudioApi: every method the renderer may call and every event it may receive, in one
 * table. core implements `StudioHandlers`; the Electron bridge and the web host are generated
 * from `methods` and `events`, so a method exists everywhere or nowhere.
 */
import { z } from 'zod';
import { captionEncodings, type CaptionPreview } from './caption-encodings';
import { CAPTION_LANGUAGE_PATTERN } from './caption-language';
import { maxLessonDepth } from './content/nodes';
import { StudioError, toStudioError } from './errors';
import { MAX_TITLE_LENGTH } from './limits';
import { stripControlCharacters } from './plain-text';
import type { DoctorReport } from './doctor';
import {
  courseLanguages,
  exportFormats,
  mediaQualities,
  mediaTunings,
  uiLanguages,
  type AppInfo,
  type CaptionTrack,
  type Job,
  type JobProgress,
  type MediaCheck,
  type MediaAsset,
  type MediaAssetDetail,
  type Asset,
  type Course,
  type CourseSnapshot,
  type ExportResult,
  type Lesson,
  type Outline,
  type OutlineLesson,
  type OutlineSection,
  type PreviewPage,
  type ProjectChanged,
  type Settings,
} from './model';
import type { FolderListing } from './files';
import type { ReadinessReport } from './readiness';
import { publishTargetKinds, type Publication, type PublishProfileInfo } from './publish';
import type {
  Comment,
  LessonDiff,
  MergeResult,
  RestoreResult,
  ReviewCopyResult,
  SnapshotInfo,
} from './review/model';
import { commentAnchorSchema, commentBody, reviewerName } from './review/schema';

/** A phantom marker that carries a method's result type. */
interface Returns<T> {
  readonly __result?: T;
}
const returns = <T>(): Returns<T> => ({});

interface MethodSpec<A extends z.ZodType, R> {
  args: A;
  result: Returns<R>;
}
const method = <A extends z.ZodType, R>(args: A, result: Returns<R>): MethodSpec<A, R> => ({
  args,
  result,
});

const id = z.string().min(1).max(64);
/** A name or title: control characters (terminal escapes, NUL, bidi overrides) are dropped. */
const plainName = (max: number) =>
  z.string().transform(stripControlCharacters).pipe(z.string().trim().min(1).max(max));
const title = plainName(MAX_TITLE_LENGTH);
/** A BCP 47-shaped tag; it becomes part of a file name (`captions/<lang>.vtt`). */
const captionLang = z.string().regex(CAPTION_LANGUAGE_PATTERN);
const filePath = z.string().min(1).max(4096);
const lessonDocument = z
  .object({ root: z.object({ type: z.literal('root'), children: z.array(z.unknown()) }).loose() })
  .loose()
  // Deeper than any renderer goes: refused here, before code that walks it can run out of stack.
  .refine((doc) => nestingDepth(doc.root) <= maxLessonDepth, {
    message: `Lessons can be nested at most ${maxLessonDepth} levels deep.`,
    path: ['root'],
  });

/** How deeply `children` arrays nest below `root`; iterative, so depth cannot overflow it. */
function nestingDepth(root: unknown): number {
  let deepest = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (deepest > maxLessonDepth) return deepest;
    const children = (node as { children?: unknown } | null)?.children;
    if (typeof node === 'object' && Array.isArray(children))
      for (const child of children as unknown[]) stack.push({ node: child, depth: depth + 1 });
  }
  return deepest;
}

/** Images up to 25 MiB, sent base64-encoded. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

export const methods = {
  'app.info': method(z.object({}), returns<AppInfo>()),
  'settings.get': method(z.object({}), returns<Settings>()),
  'settings.set': method(
    z.object({ uiLanguage: z.enum(uiLanguages).nullable() }),
    returns<Settings>(),
  ),

  'project.create': method(
    z.object({
      path: filePath,
      title,
      language: z.enum(courseLanguages),
      force: z.boolean().optional(),
    }),
    returns<CourseSnapshot>(),
  ),
  'project.open': method(z.object({ path: filePath }), returns<CourseSnapshot>()),
  /** Creates `path` from one of the bundled samples (samples/<sample>) and opens it. */
  'project.createSample': method(
    z.object({
      path: filePath,
      sample: z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .max(64),
      force: z.boolean().optional(),
    }),
    returns<CourseSnapshot>(),
  ),
  'project.current': method(z.object({}), returns<CourseSnapshot | null>()),
  'project.close': method(z.object({}), returns<null>()),

  'course.update': method(
    z.object({
      title: title.optional(),
      description: z.string().max(10_000).optional(),
      language: z.enum(courseLanguages).optional(),
      authors: z.array(plainName(200)).max(50).optional(),
      license: z.string().max(200).optional(),
      coverAssetId: id.nullable().optional(),
      /** Percent of quiz points needed to pass; exports report it as the mastery score. */
      passingScore: z.number().int().min(0).max(100).optional(),
    }),
    returns<Course>(),
  ),

  'outline.get': method(z.object({}), returns<Outline>()),
  'outline.addSection': method(
    z.object({ title, index: z.number().int().min(0).optional() }),
    returns<OutlineSection>(),
  ),
  'outline.addLesson': method(
    z.object({ sectionId: id, title, index: z.number().int().min(0).optional() }),
    returns<OutlineLesson>(),
  ),
  'outline.rename': method(z.object({ id, title }), returns<Outline>()),
  'outline.delete': method(z.object({ id }), returns<Outline>()),
  /** Sections move with `sectionId: null`; lessons name the section they land in. */
  'outline.move': method(
    z.object({ id, sectionId: id.nullable(), index: z.number().int().min(0) }),
    returns<Outline>(),
  ),

  'lesson.get': method(z.object({ id }), returns<Lesson>()),
  /** A lesson's own pass mark in percent; `null` makes the course's apply again. */
  'lesson.setPassingScore': method(
    z.object({ id, passingScore: z.number().int().min(0).max(100).nullable() }),
    returns<Outline>(),
  ),
  'lesson.save': method(
    z.object({ id, doc: lessonDocument, baseRevision: z.number().int().min(0) }),
    returns<{ revision: number }>(),
  ),

  'asset.addImage': method(
    z.object({
      name: plainName(255),
      mime: z.string().min(1).max(100),
      dataBase64: z
        .string()
        .min(1)
        .max(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 4),
    }),
    returns<Asset>(),
  ),
  'asset.list': method(z.object({}), returns<Asset[]>()),

  // --- Export and preview ----------------------------------------------------------------
  // `export.run` starts a job that writes a package of the open course to `outPath` (a
  // folder for `site` unless it ends in .zip; a .zip for SCORM, Common Cartridge and cmi5; a
  // .tar.gz for OLX) and returns its id at once; the job reports `job.progress` and shows in
  // the job tray like an import. One export runs at a time: a second `export.run` meanwhile
  // is refused with EXPORT_RUNNING. `jobs.cancel` with its id stops it, leaving `outPath` as
  // it was (absent, or the earlier export there); closing the course cancels it too.
  // `export.result` waits for the job and returns what was written, or rejects with its
  // error (JOB_CANCELLED when cancelled). `preview.*` build the learner player's site for
  // the open course in memory; a host serves its files (the studio's `files.readPreview`)
  // and the studio's preview frame loads `entry` from there.
  'export.run': method(
    z.object({
      format: z.enum(exportFormats),
      outPath: filePath,
      options: z
        .object({
          scoPerLesson: z.boolean().optional(),
          zip: z.boolean().optional(),
          mp4Only: z.boolean().optional(),
          replaceExisting: z.boolean().optional(),
        })
        .optional(),
    }),
    returns<{ jobId: string }>(),
  ),
  'export.result': method(z.object({ jobId: id }), returns<ExportResult>()),
  'preview.lesson': method(z.object({ id }), returns<PreviewPage>()),
  'preview.course': method(z.object({}), returns<PreviewPage>()),

  // --- Integrity ---------------------------------------------------------------------------
  // `project.verify` reads every stored media chunk of the open course and checks it against
  // its sha-256 (chunks are content-addressed), plus SQLite's quick_check; damaged assets are
  // named. The UI's "Check file" and `course-studio verify` call it.
  'project.verify': method(z.object({}), returns<MediaCheck>()),

  // --- Media library, captions and jobs -------------------------------------------------
  // Imports run as jobs: `media.import` probes the file at once (refusing what is not media),
  // then returns; the asset appears when its job commits. Paths are local files: Electron's
  // own, or what the web host's `POST /upload` returned.
  'media.import': method(
    z.object({
      path: filePath,
      lessonId: id.optional(),
      quality: z.enum(mediaQualities).optional(),
      tuning: z.enum(mediaTunings).optional(),
      /** Loudness normalisation; on unless turned off. */
      loudnorm: z.boolean().optional(),
      /** The library name; the file's name by default. */
      name: title.optional(),
      captions: z
        .array(z.object({ path: filePath, lang: captionLang }))
        .max(20)
        .optional(),
    }),
    returns<{ jobId: string; assetId: string }>(),
  ),
  'media.list': method(z.object({}), returns<MediaAsset[]>()),
  'media.get': method(z.object({ assetId: id }), returns<MediaAssetDetail>()),
  'media.rename': method(z.object({ assetId: id, name: title }), returns<MediaAsset>()),
  /** Deletes the asset (cancelling its import) and reclaims its space. */
  'media.delete': method(z.object({ assetId: id }), returns<null>()),
  /** Re-imports into the same asset id, so every lesson using it shows the new media. */
  'media.replace': method(
    z.object({
      assetId: id,
      path: filePath,
      quality: z.enum(mediaQualities).optional(),
      tuning: z.enum(mediaTunings).optional(),
      loudnorm: z.boolean().optional(),
    }),
    returns<{ jobId: string; assetId: string }>(),
  ),
  'media.setChapters': method(
    z.object({
      assetId: id,
      chapters: z
        .array(z.object({ time: z.number().min(0), title: z.string().trim().min(1).max(200) }))
        .max(500),
    }),
    returns<MediaAsset>(),
  ),
  /** Writes the asset's stored files (playlists, segments, MP4, ...) into `outDir`. */
  'media.extract': method(
    z.object({ assetId: id, outDir: filePath }),
    returns<{ outDir: string; files: string[] }>(),
  ),
  'captions.add': method(
    z.object({
      assetId: id,
      path: filePath,
      lang: captionLang,
      label: title.optional(),
      /** The author's pick after `captions.preview`; detected (weighted by `lang`) otherwise. */
      encoding: z.enum(captionEncodings).optional(),
    }),
    returns<CaptionTrack[]>(),
  ),
  'captions.remove': method(
    z.object({ assetId: id, lang: captionLang }),
    returns<CaptionTrack[]>(),
  ),
  'jobs.list': method(z.object({}), returns<Job[]>()),
  'jobs.cancel': method(z.object({ jobId: id }), returns<Job>()),
  'jobs.retry': method(z.object({ jobId: id }), returns<Job>()),

  // --- Outline undo and the file browser ---------------------------------------------------
  /**
   * Deletes a section (with its lessons) or a lesson, keeping it for undo: `restoreToken`
   * undoes it with `outline.restore` (content, pass mark, comments, place in the outline).
   */
  'outline.trash': method(z.object({ id }), returns<{ outline: Outline; restoreToken: string }>()),
  'outline.restore': method(
    z.object({ restoreToken: z.string().regex(/^[0-9a-f]{32}$/) }),
    returns<{ outline: Outline; id: string }>(),
  ),
  /**
   * One folder's entries, for the browser's file picker: only inside the home folder or the
   * open course's folder (symlinks resolved); anything else is PATH_OUTSIDE_ROOTS. No path
   * lists the home folder. `extensions` (e.g. ['.course']) limits which files are listed.
   */
  'fs.list': method(
    z.object({
      path: filePath.optional(),
      extensions: z
        .array(z.string().regex(/^\.[a-z0-9.]{1,16}$/))
        .max(10)
        .optional(),
    }),
    returns<FolderListing>(),
  ),

  // --- Caption preview ---------------------------------------------------------
  // Reads a caption file as `captions.add` would (encoding detected, weighted by `lang`, or
  // the given one) and returns its first lines, so the author can check them and pick
  // another encoding before anything is stored. Nothing is written.
  'captions.preview': method(
    z.object({ path: filePath, lang: captionLang, encoding: z.enum(captionEncodings).optional() }),
    returns<CaptionPreview>(),
  ),

  // --- Doctor -------------------------------------------------------------------------------
  // What this machine gives the studio: the ffmpeg and ffprobe used (where from, version,
  // capabilities), Chromium for tests, the Electron binary, the temp folder's space and
  // privacy. Never throws for something missing: it reports it. Needs no open course.
  'app.doctor': method(z.object({}), returns<DoctorReport>()),

  // --- Publish: readiness check ------------------------------------------------------------
  /** What stands between the open course and a platform (see shared/readiness.ts). */
  'course.check': method(
    z.object({
      sizeLimitBytes: z.number().int().min(1).optional(),
      https: z.boolean().optional(),
    }),
    returns<ReadinessReport>(),
  ),

  // --- Publish: profiles, sending, history --------------------------------------------------
  // Profiles live with the user's settings; a profile's secret goes to the operating system's
  // store (never the course file) and is only ever written, never read back over the contract.
  'profiles.list': method(z.object({}), returns<PublishProfileInfo[]>()),
  'profiles.save': method(
    z.object({
      profile: z.object({
        name: z.string().trim().min(1).max(100),
        kind: z.enum(publishTargetKinds),
        url: z.string().trim().min(1).max(2048),
        lmsUrl: z.string().trim().max(2048).optional(),
        courseId: z.string().trim().max(300).optional(),
        user: z.string().trim().max(300).optional(),
        format: z.enum(exportFormats),
        sizeLimitMb: z.number().positive().max(1_000_000).optional(),
      }),
      /** Stored in the OS's secret store; absent keeps the one stored. */
      secret: z.string().min(1).max(10_000).optional(),
    }),
    returns<PublishProfileInfo[]>(),
  ),
  'profiles.remove': method(
    z.object({ name: z.string().min(1).max(100) }),
    returns<PublishProfileInfo[]>(),
  ),
  /**
   * Checks the course (blocks give PUBLISH_NOT_READY with the items), then queues a publish
   * job; the job fails with PUBLISH_UNCHANGED when the same package was already sent to this
   * profile, unless `force`.
   */
  'publish.run': method(
    z.object({ profile: z.string().min(1).max(100), force: z.boolean().optional() }),
    returns<{ jobId: string; readiness: ReadinessReport }>(),
  ),
  'publications.list': method(z.object({}), returns<Publication[]>()),

  // --- Review and history -----------------------------------------------------
  // Snapshots hold the course's content (not its media) and are taken by name or
  // automatically; `snapshots.restore` takes one of the current state first and returns its
  // id, so restoring that one undoes the restore. Comments are pinned to a lesson, a passage,
  // a video time or a quiz question. `review.copy` writes a review copy (read-only content,
  // comments allowed); `review.merge` brings the comments of a review copy or of the review
  // site's file back, adding each comment once however often the file is merged.
  'snapshots.list': method(z.object({}), returns<SnapshotInfo[]>()),
  'snapshots.create': method(
    z.object({ name: z.string().trim().min(1).max(200) }),
    returns<SnapshotInfo>(),
  ),
  'snapshots.restore': method(
    z.object({ snapshotId: id, lessonId: id.optional() }),
    returns<RestoreResult>(),
  ),
  'snapshots.diff': method(z.object({ snapshotId: id, lessonId: id }), returns<LessonDiff>()),
  'comments.list': method(
    z.object({ open: z.boolean().optional(), lessonId: id.optional() }),
    returns<Comment[]>(),
  ),
  'comments.add': method(
    z.object({
      lessonId: id,
      parentId: id.optional(),
      author: reviewerName,
      body: commentBody,
      anchor: commentAnchorSchema,
    }),
    returns<Comment>(),
  ),
  'comments.setResolved': method(z.object({ id, resolved: z.boolean() }), returns<Comment>()),
  'review.status': method(z.object({}), returns<{ reviewCopy: boolean }>()),
  'review.copy': method(
    z.object({ outPath: filePath, light: z.boolean().optional(), force: z.boolean().optional() }),
    returns<ReviewCopyResult>(),
  ),
  'review.merge': method(z.object({ path: filePath }), returns<MergeResult>()),
  'review.site': method(
    z.object({ outPath: filePath, zip: z.boolean().optional() }),
    returns<ExportResult>(),
  ),
} as const;

export const events = {
  'project.changed': returns<ProjectChanged>(),
  /** At most four a second per job. */
  'job.progress': returns<JobProgress>(),
  /** A job was queued, started, finished, failed, was cancelled or retried. */
  'job.changed': returns<Job>(),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type ArgsOf<M extends MethodName> = z.input<Methods[M]['args']>;
export type ParsedArgsOf<M extends MethodName> = z.output<Methods[M]['args']>;
export type ResultOf<M extends MethodName> =
  Methods[M]['result'] extends Returns<infer R> ? R : never;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> =
  (typeof events)[E] extends Returns<infer P> ? P : never;

export const methodNames = Object.keys(methods) as MethodName[];
export const eventNames = Object.keys(events) as EventName[];

/** Who is calling: the window or tab, so change events can name their origin. */
export interface CallContext {
  origin: string;
}

export type StudioHandlers = {
  [M in MethodName]: (
    args: ParsedArgsOf<M>,
    ctx: CallContext,
  ) => ResultOf<M> | Promise<ResultOf<M>>;
};

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}

/**
 * Validates and runs one call. Every transport goes through here, so a bad method name or
 * argument becomes a StudioError, never a crash, whichever host received it.
 */
export async function dispatch(
  handlers: StudioHandlers,
  name: string,
  rawArgs: unknown,
  ctx: CallContext,
): Promise<unknown> {
  if (!isMethodName(name)) throw new StudioError('UNKNOWN_METHOD', `Unknown method: ${name}`);
  const parsed = methods[name].args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    throw new StudioError('INVALID_ARGUMENT', `Invalid arguments for ${name}`, {
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    });
  }
  const handler = handlers[name] as (args: unknown, ctx: CallContext) => unknown;
  try {
    return await handler(parsed.data, ctx);
  } catch (error) {
    // A file error names the file the call was about when the OS did not say (SQLite never does).
    const own = (error as { path?: unknown } | null)?.path;
    throw toStudioError(error, { path: typeof own === 'string' ? own : callPath(parsed.data) });
  }
}

/** The output or input path a call names, for errors that do not carry their own. */
function callPath(args: unknown): string | undefined {
  const { outPath, path } = (args ?? {}) as { outPath?: unknown; path?: unknown };
  if (typeof outPath === 'string') return outPath;
  return typeof path === 'string' ? path : undefined;
}

/** The reply envelope used by IPC and HTTP alike. */
export type Reply =
  { ok: true; value: unknown } | { ok: false; error: ReturnType<StudioError['toJSON']> };
