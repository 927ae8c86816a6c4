/**
 * The `media.import` job: probe, pick the tuning, transcode the ladder in one ffmpeg run,
 * stage the outputs, then store the asset, its files, meta and captions in one transaction.
 * Also used to replace an asset's media in place (`mode: 'replace'`).
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { StudioError } from '../../shared/errors';
import { captionFileName, mediaFileNames, renditionDir } from '../../shared/media-files';
import { mediaQualities, mediaTunings, type Chapter, type MediaMeta } from '../../shared/model';
import { getCourse } from '../project/course-repo';
import {
  collectGarbage,
  insertStagedFile,
  writeMediaFile,
  type StagedFile,
} from '../project/asset-repo';
import { now } from '../project/ids';
import type { Project } from '../project/project';
import type { Db } from '../project/sqlite';
import { jobPayload } from '../jobs/job-repo';
import type { JobKind } from '../jobs/types';
import { ladderArgs, planLadder, type LadderPlan } from './ladder';
import { listOutputFiles, stageOutputs } from './ingest';
import { expectedOutputBytes, requireSpace } from './disk-space';
import { finishOutputs } from './outputs';
import { findAssetRow, insertMediaAsset, requireMediaMeta, setMediaMeta } from './media-repo';
import { probeMedia, type MediaProbe } from './probe';
import { suggestSceneChapters } from './scene-chapters';
import { suggestTuning } from './stillness';
import { toolLimits } from './tool-limits';
import { findMediaTools } from './tools';
import { runTranscode } from './transcode';
import { removeUpload } from './uploads';

export const IMPORT_JOB = 'media.import';

const captionSchema = z.object({ lang: z.string(), label: z.string(), vtt: z.string() });

export const importPayloadSchema = z.object({
  title: z.string(),
  assetId: z.string().min(1),
  mode: z.enum(['new', 'replace']),
  mediaKind: z.enum(['video', 'audio']),
  source: z.string().min(1),
  sourceName: z.string(),
  sourceSize: z.number(),
  quality: z.enum(mediaQualities),
  tuning: z.enum(mediaTunings),
  loudnorm: z.boolean(),
  lessonId: z.string().optional(),
  captions: z.array(captionSchema),
});

export type ImportPayload = z.infer<typeof importPayloadSchema>;
export type CaptionPayload = z.infer<typeof captionSchema>;

/** Progress shares of the job's phases. */
const ANALYSE = 0.03;
const TRANSCODE = 0.9;

/** The job kind, bound to one open project; `notify` tells clients the library changed. */
export function importJobKind(project: Project, notify: () => void): JobKind<ImportPayload> {
  return {
    parse(payload) {
      const parsed = importPayloadSchema.safeParse(payload);
      if (!parsed.success)
        throw new StudioError('INTERNAL', 'This import job is damaged; import the file again.');
      return parsed.data;
    },
    async run(data, context) {
      const { signal, tempDir } = context;
      const { ffmpeg, ffprobe } = findMediaTools();
      context.log(`tools: ${ffmpeg} ${ffprobe}`);
      context.report({ fraction: 0, phase: 'analyse' });
      const probe = mediaOfKind(
        await probeMedia(data.source, signal),
        data.mediaKind,
        data.sourceName,
      );
      const tuning =
        data.tuning !== 'auto'
          ? data.tuning
          : probe.video
            ? await suggestTuning(ffmpeg, probe, signal)
            : 'video';
      // An old build must not lower quality silently: say what it cannot do, in this log.
      const limits = toolLimits(ffmpeg, {
        hdr: Boolean(probe.video?.hdr),
        loudnorm: data.loudnorm,
      });
      for (const warning of limits.warnings) context.log(`warning: ${warning}`);
      const plan = planLadder(probe, {
        quality: data.quality,
        tuning,
        loudnorm: data.loudnorm && limits.loudnorm,
        toneMapping: limits.toneMapping,
      });
      context.log(
        `plan: ${JSON.stringify({ rungs: plan.renditions.map((r) => r.rung), tuning, fps: plan.fpsText, toneMap: plan.toneMap })}`,
      );
      // The outputs go to the temp folder, then as much again into the project.
      const expected = expectedOutputBytes(plan);
      const projectDir = dirname(project.path);
      if (sameDisk(tempDir, projectDir)) requireSpace(tempDir, 2 * expected);
      else {
        requireSpace(tempDir, expected);
        requireSpace(projectDir, expected);
      }
      prepareFolders(tempDir, plan, limits.hlsVariants);
      const transcode = watchFreeSpace(tempDir, signal);
      await runTranscode({
        ffmpeg,
        args: ladderArgs(plan, probe, limits),
        cwd: tempDir,
        durationSec: probe.durationSec,
        signal: transcode.signal,
        onProgress: (p) =>
          context.report({
            fraction: ANALYSE + TRANSCODE * p.fraction,
            phase: 'transcode',
            speed: p.speed,
            etaSeconds: p.etaSeconds,
          }),
      }).finally(transcode.stop);
      await finishOutputs(tempDir, plan, ffmpeg, signal);
      const chapterSuggestions =
        plan.kind === 'video' && plan.tuning === 'slides'
          ? await suggestSceneChapters(
              ffmpeg,
              join(tempDir, mediaFileNames.video),
              getCourse(project.db).language,
              signal,
            )
          : [];
      const outputs = listOutputFiles(tempDir);
      // Exact now: what is about to be stored must fit beside the project.
      requireSpace(
        projectDir,
        outputs.reduce((sum, file) => sum + file.size, 0),
      );
      const staged = await stageOutputs(project, context.jobId, outputs, signal, (f) =>
        context.report({
          fraction: ANALYSE + TRANSCODE + (1 - ANALYSE - TRANSCODE) * f,
          phase: 'store',
        }),
      );
      context.complete((db) =>
        commitImport(db, context.jobId, data, probe, plan, staged, chapterSuggestions),
      );
      notify();
      removeUpload(data.source);
    },
  };
}

/** How often a running transcode looks at the free space it is eating into. */
const SPACE_CHECK_MS = 2000;

/**
 * A signal for the transcode that also fires when the temp folder's disk gets down to the
 * reserve, so ffmpeg stops with NOT_ENOUGH_SPACE before the disk is full for everyone.
 */
function watchFreeSpace(folder: string, jobSignal: AbortSignal) {
  const controller = new AbortController();
  const forward = () => controller.abort(jobSignal.reason);
  jobSignal.addEventListener('abort', forward, { once: true });
  const timer = setInterval(() => {
    try {
      requireSpace(folder, 0);
    } catch (error) {
      controller.abort(error);
    }
  }, SPACE_CHECK_MS);
  return {
    signal: controller.signal,
    stop: () => {
      clearInterval(timer);
      jobSignal.removeEventListener('abort', forward);
    },
  };
}

function sameDisk(a: string, b: string): boolean {
  try {
    return statSync(a).dev === statSync(b).dev;
  } catch {
    return true; // Assume the worst: both copies on one disk.
  }
}

/** An audio asset keeps only the sound of a replacement; a video asset needs a picture. */
function mediaOfKind(probe: MediaProbe, kind: 'video' | 'audio', name: string): MediaProbe {
  if (kind === 'audio') return { ...probe, kind: 'audio', video: null };
  if (!probe.video)
    throw new StudioError('MEDIA_NOT_VIDEO', `${name} has no picture; a video needs one.`);
  return probe;
}

/** Builds that cannot name variants write hls/0, hls/1, ... (renamed by finishOutputs). */
function prepareFolders(dir: string, plan: LadderPlan, hlsVariants: boolean): void {
  plan.renditions.forEach((rendition, i) => {
    const folder = hlsVariants ? renditionDir(rendition.rung) : join('hls', String(i));
    mkdirSync(join(dir, folder), { recursive: true });
  });
  if (plan.kind === 'video') mkdirSync(join(dir, 'thumbs'), { recursive: true });
}

/** The job's one visible write: the asset (new or replaced), its files, meta and captions. */
function commitImport(
  db: Db,
  jobId: string,
  data: ImportPayload,
  probe: MediaProbe,
  plan: LadderPlan,
  staged: readonly StagedFile[],
  chapterSuggestions: Chapter[],
): void {
  // Captions added while the job ran were written into its payload: read them now.
  const captions =
    (jobPayload(db, jobId).payload as Partial<ImportPayload>).captions ?? data.captions;
  const video = probe.video;
  const fresh: MediaMeta = {
    durationSec: probe.durationSec,
    width: video?.width ?? 0,
    height: video?.height ?? 0,
    rotation: video?.rotation ?? 0,
    fps: plan.fps,
    hasAudio: probe.audio !== null,
    rungs: plan.renditions.map((r) => r.rung),
    preset: plan.quality,
    tuning: plan.tuning,
    loudnorm: plan.loudnorm,
    captions: [],
    chapters: [],
    ...(chapterSuggestions.length > 1 ? { chapterSuggestions } : {}),
    sourceName: data.sourceName,
    sourceSize: data.sourceSize,
    ...(data.lessonId ? { lessonId: data.lessonId } : {}),
  };
  const mime = plan.kind === 'video' ? 'video/mp4' : 'audio/mp4';
  let meta: MediaMeta;
  if (data.mode === 'replace') {
    const row = findAssetRow(db, data.assetId);
    if (!row)
      throw new StudioError('NOT_FOUND', 'The media being replaced was deleted.', {
        id: data.assetId,
      });
    const old = requireMediaMeta(db, data.assetId);
    // Captions and chapters belong to the asset, not to one encoding of it: keep them.
    meta = {
      ...fresh,
      captions: old.captions,
      chapters: old.chapters.filter((c) => c.time < fresh.durationSec),
    };
    db.prepare(`DELETE FROM media_files WHERE asset_id = ? AND name NOT LIKE 'captions/%'`).run(
      data.assetId,
    );
    db.prepare('UPDATE assets SET mime = ? WHERE id = ?').run(mime, data.assetId);
    collectGarbage(db);
  } else {
    meta = fresh;
    insertMediaAsset(
      db,
      { id: data.assetId, kind: plan.kind, name: data.title, mime, meta },
      now(),
    );
  }
  for (const file of staged) insertStagedFile(db, data.assetId, file);
  for (const caption of captions) meta = putCaption(db, data.assetId, meta, caption);
  setMediaMeta(db, data.assetId, meta);
}

/** Stores (or replaces) one caption track; returns the meta that lists it. */
export function putCaption(
  db: Db,
  assetId: string,
  meta: MediaMeta,
  caption: CaptionPayload,
): MediaMeta {
  const name = captionFileName(caption.lang);
  db.prepare('DELETE FROM media_files WHERE asset_id = ? AND name = ?').run(assetId, name);
  writeMediaFile(db, assetId, name, 'text/vtt', Buffer.from(caption.vtt, 'utf8'));
  const others = meta.captions.filter((track) => track.lang !== caption.lang);
  return { ...meta, captions: [...others, { lang: caption.lang, label: caption.label }] };
}
