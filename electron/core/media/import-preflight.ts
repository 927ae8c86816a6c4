/**
 * Turning an import (or replace) request into a job payload. Everything that can be refused
 * up front is refused here, before a job exists: a missing or unreadable file, one that is not
 * media, a caption file with malformed cues, a lesson that does not exist.
 */
import { basename, resolve } from 'node:path';
import type { CaptionEncoding } from '../../shared/caption-encodings';
import { StudioError } from '../../shared/errors';
import { stripControlCharacters } from '../../shared/plain-text';
import type { AssetKind, MediaQuality, MediaTuning } from '../../shared/model';
import type { Db } from '../project/sqlite';
import { isCaptionLanguage } from '../../shared/caption-language';
import { captionLabel, readCaptionFile } from './caption-files';
import type { CaptionPayload, ImportPayload } from './import-job';
import { probeMedia } from './probe';

export interface ImportRequest {
  path: string;
  quality?: MediaQuality;
  tuning?: MediaTuning;
  loudnorm?: boolean;
  name?: string;
  lessonId?: string;
  captions?: { path: string; lang: string; label?: string; encoding?: CaptionEncoding }[];
}

/** Probes the file and reads the captions; throws the StudioError that says what is wrong. */
export async function prepareImport(
  db: Db,
  request: ImportRequest,
  target: { assetId: string; mode: 'new' | 'replace'; kind?: AssetKind },
): Promise<ImportPayload> {
  const source = resolve(request.path);
  const probe = await probeMedia(source);
  if (target.kind === 'video' && !probe.video) {
    throw new StudioError(
      'MEDIA_NOT_VIDEO',
      `${basename(source)} has no picture; a video can only be replaced by a video.`,
      { path: source },
    );
  }
  if (request.lessonId && !db.prepare('SELECT 1 FROM lessons WHERE id = ?').get(request.lessonId)) {
    throw new StudioError('NOT_FOUND', `No lesson with id ${request.lessonId}.`, {
      id: request.lessonId,
    });
  }
  const captions = (request.captions ?? []).map(readCaption);
  // A file name may hold control characters too; the library name never does.
  const name = stripControlCharacters(
    request.name ?? basename(source).replace(/\.[^.]+$/, ''),
  ).trim();
  const mediaKind = target.kind === 'audio' || !probe.video ? 'audio' : 'video';
  return {
    title: name || stripControlCharacters(basename(source)),
    assetId: target.assetId,
    mode: target.mode,
    mediaKind,
    source,
    sourceName: basename(source),
    sourceSize: probe.sizeBytes,
    quality: request.quality ?? 'balanced',
    tuning: request.tuning ?? 'auto',
    loudnorm: request.loudnorm ?? true,
    ...(request.lessonId ? { lessonId: request.lessonId } : {}),
    captions,
  };
}

/** Reads one caption file as WebVTT, ready to store. */
export function readCaption(caption: {
  path: string;
  lang: string;
  label?: string;
  encoding?: CaptionEncoding;
}): CaptionPayload {
  if (!isCaptionLanguage(caption.lang)) {
    throw new StudioError(
      'INVALID_ARGUMENT',
      `"${caption.lang}" is not a language tag like en or zh-CN.`,
    );
  }
  const { vtt } = readCaptionFile(resolve(caption.path), {
    lang: caption.lang,
    ...(caption.encoding ? { encoding: caption.encoding } : {}),
  });
  // Callers that skip the contract (the CLI) get the same rule as its `title` schema.
  const label = stripControlCharacters(caption.label ?? '').trim() || captionLabel(caption.lang);
  return { lang: caption.lang, label, vtt };
}
