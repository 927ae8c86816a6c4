/**
 * The StudioApi: every method the renderer may call and every event it may receive, in one
 * table. core implements `StudioHandlers`; the Electron bridge and the web host are generated
 * from `methods` and `events`, so a method exists everywhere or nowhere.
 */
import { z } from 'zod';
import { StudioError } from './errors';
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
const title = z.string().trim().min(1).max(300);
/** A BCP 47-shaped tag; it becomes part of a file name (`captions/<lang>.vtt`). */
const captionLang = z.string().regex(/^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/);
const filePath = z.string().min(1).max(4096);
const lessonDocument = z
  .object({ root: z.object({ type: z.literal('root'), children: z.array(z.unknown()) }).loose() })
  .loose();

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
  'project.current': method(z.object({}), returns<CourseSnapshot | null>()),
  'project.close': method(z.object({}), returns<null>()),

  'course.update': method(
    z.object({
      title: title.optional(),
      description: z.string().max(10_000).optional(),
      language: z.enum(courseLanguages).optional(),
      authors: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
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
      name: z.string().min(1).max(255),
      mime: z.string().min(1).max(100),
      dataBase64: z
        .string()
        .min(1)
        .max(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 4),
    }),
    returns<Asset>(),
  ),
  'asset.list': method(z.object({}), returns<Asset[]>()),

  // --- Export and preview (issue 4) ------------------------------------------------------
  // `export.run` writes a package of the open course to `outPath` (a folder for `site`
  // unless it ends in .zip; a .zip for SCORM, Common Cartridge and cmi5; a .tar.gz for OLX),
  // reporting `export.progress`. One export runs at a time: a second `export.run` meanwhile
  // is refused with EXPORT_RUNNING. `export.cancel` stops the running export, whose
  // `export.run` then rejects with JOB_CANCELLED, leaving `outPath` as it was (absent, or the
  // earlier export there); it returns false when no export was running. `preview.*` build
  // the learner player's site for the open course in memory; a host serves its files
  // (core/export/preview.ts `readPreviewFile`) and the studio's preview frame loads `entry`
  // from there.
  'export.run': method(
    z.object({
      format: z.enum(exportFormats),
      outPath: filePath,
      options: z
        .object({
          scoPerLesson: z.boolean().optional(),
          zip: z.boolean().optional(),
          mp4Only: z.boolean().optional(),
        })
        .optional(),
    }),
    returns<ExportResult>(),
  ),
  'export.cancel': method(z.object({}), returns<boolean>()),
  'preview.lesson': method(z.object({ id }), returns<PreviewPage>()),
  'preview.course': method(z.object({}), returns<PreviewPage>()),

  // --- Media library, captions and jobs (issue 3) ---------------------------------------
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
  'captions.add': method(
    z.object({ assetId: id, path: filePath, lang: captionLang, label: title.optional() }),
    returns<CaptionTrack[]>(),
  ),
  'captions.remove': method(
    z.object({ assetId: id, lang: captionLang }),
    returns<CaptionTrack[]>(),
  ),
  'jobs.list': method(z.object({}), returns<Job[]>()),
  'jobs.cancel': method(z.object({ jobId: id }), returns<Job>()),
  'jobs.retry': method(z.object({ jobId: id }), returns<Job>()),

  // --- Review and history (issue 12) -----------------------------------------------------
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
  /** Bytes of an export's package written so far, as a fraction (a few a second). */
  'export.progress': returns<{ outPath: string; fraction: number }>(),
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
  return handler(parsed.data, ctx);
}

/** The reply envelope used by IPC and HTTP alike. */
export type Reply =
  { ok: true; value: unknown } | { ok: false; error: ReturnType<StudioError['toJSON']> };
