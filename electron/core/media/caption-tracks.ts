/** An asset's caption tracks in the project: adding and removing them (`captions.add` / `captions.remove`). */
import type { CaptionEncoding } from '../../shared/caption-encodings';
import { StudioError } from '../../shared/errors';
import { captionFileName } from '../../shared/media-files';
import type { CaptionTrack } from '../../shared/model';
import { activeJobOfAsset, setJobPayload } from '../jobs/job-repo';
import { collectGarbage } from '../project/asset-repo';
import type { Project } from '../project/project';
import { IMPORT_JOB, putCaption, type ImportPayload } from './import-job';
import { readCaption } from './import-preflight';
import { findAssetRow, requireMediaMeta, setMediaMeta } from './media-repo';

/**
 * Reads a caption file and stores it as the asset's track for `lang`, replacing an older
 * one. A video still importing keeps it in its job, which stores it when it commits.
 */
export function addCaption(
  project: Project,
  assetId: string,
  file: { path: string; lang: string; label?: string; encoding?: CaptionEncoding },
): CaptionTrack[] {
  const caption = readCaption(file);
  return project.transact((db) => {
    if (findAssetRow(db, assetId)) {
      const meta = putCaption(db, assetId, requireMediaMeta(db, assetId), caption);
      setMediaMeta(db, assetId, meta);
      collectGarbage(db);
      return meta.captions;
    }
    const job = activeJobOfAsset(db, assetId, IMPORT_JOB);
    if (!job) throw new StudioError('NOT_FOUND', `No media with id ${assetId}.`, { id: assetId });
    const payload = job.payload as ImportPayload;
    const captions = [...payload.captions.filter((c) => c.lang !== caption.lang), caption];
    setJobPayload(db, job.id, { ...payload, captions });
    return captions.map(({ lang, label }) => ({ lang, label }));
  });
}

/** Removes the asset's track for `lang` (nothing happens when there is none). */
export function removeCaption(project: Project, assetId: string, lang: string): CaptionTrack[] {
  return project.transact((db) => {
    const meta = requireMediaMeta(db, assetId);
    db.prepare('DELETE FROM media_files WHERE asset_id = ? AND name = ?').run(
      assetId,
      captionFileName(lang),
    );
    const captions = meta.captions.filter((track) => track.lang !== lang);
    setMediaMeta(db, assetId, { ...meta, captions });
    collectGarbage(db);
    return captions;
  });
}
