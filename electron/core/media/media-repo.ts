/**
 * The media library's view of the project: stored assets with their meta, plus imports that
 * have not committed yet (they exist only as jobs until their one final transaction).
 */
import { StudioError } from '../../shared/errors';
import type {
  AssetKind,
  Job,
  MediaAsset,
  MediaAssetDetail,
  MediaMeta,
  MediaState,
} from '../../shared/model';
import { latestJobOfEachAsset as latestJobs, type AssetJobRow as JobRow } from '../jobs/job-repo';
import { collectGarbage, listMediaFiles } from '../project/asset-repo';
import type { Db } from '../project/sqlite';

interface AssetRow {
  id: string;
  kind: AssetKind;
  name: string;
  meta: string;
  created_at: string;
  size: number | null;
}

const assetQuery = `SELECT a.id, a.kind, a.name, a.meta, a.created_at,
    (SELECT sum(size) FROM media_files f WHERE f.asset_id = a.id) AS size
  FROM assets a`;

/** The meta of a video or audio asset; null for images and files. */
export function parseMediaMeta(kind: AssetKind, json: string): MediaMeta | null {
  if (kind !== 'video' && kind !== 'audio') return null;
  try {
    const meta = JSON.parse(json) as Partial<MediaMeta>;
    return typeof meta.durationSec === 'number' ? (meta as MediaMeta) : null;
  } catch {
    return null;
  }
}

const pendingState: Partial<Record<Job['state'], MediaState>> = {
  queued: 'queued',
  running: 'processing',
  failed: 'failed',
};

function toMediaAsset(row: AssetRow, job: JobRow | undefined): MediaAsset {
  const active = job && (job.state === 'queued' || job.state === 'running');
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    state: active ? pendingState[job.state]! : 'ready',
    size: row.size ?? 0,
    createdAt: row.created_at,
    meta: parseMediaMeta(row.kind, row.meta),
    jobId: job?.id ?? null,
    error: job?.state === 'failed' && job.error ? errorOf(job.error) : null,
  };
}

/** An import that has not stored anything yet, described from its job. */
function pendingAsset(job: JobRow): MediaAsset | null {
  const state = pendingState[job.state];
  if (!state) return null;
  const payload = JSON.parse(job.payload) as {
    mediaKind?: AssetKind;
    title?: string;
    mode?: string;
  };
  if (payload.mode === 'replace') return null;
  return {
    id: job.asset_id,
    kind: payload.mediaKind ?? 'video',
    name: payload.title ?? '',
    state,
    size: 0,
    createdAt: job.created_at,
    meta: null,
    jobId: job.id,
    error: job.error ? errorOf(job.error) : null,
  };
}

function errorOf(json: string): MediaAsset['error'] {
  const { code, message } = JSON.parse(json) as { code: string; message: string };
  return { code, message };
}

/** Every asset, then pending imports, oldest first. */
export function listMediaAssets(db: Db): MediaAsset[] {
  const jobs = latestJobs(db);
  const rows = db.prepare<[], AssetRow>(`${assetQuery} ORDER BY a.created_at, a.id`).all();
  const stored = rows.map((row) => toMediaAsset(row, jobs.get(row.id)));
  const known = new Set(rows.map((row) => row.id));
  const pending = [...jobs.values()]
    .filter((job) => !known.has(job.asset_id))
    .map(pendingAsset)
    .filter((asset): asset is MediaAsset => asset !== null);
  return [...stored, ...pending];
}

/** One asset or pending import; NOT_FOUND when there is neither. */
export function getMediaAsset(db: Db, id: string): MediaAsset {
  const row = findAssetRow(db, id);
  const job = latestJobs(db).get(id);
  const asset = row ? toMediaAsset(row, job) : job ? pendingAsset(job) : null;
  if (!asset) throw new StudioError('NOT_FOUND', `No media with id ${id}.`, { id });
  return asset;
}

export function getMediaAssetDetail(db: Db, id: string): MediaAssetDetail {
  const asset = getMediaAsset(db, id);
  return { ...asset, files: listMediaFiles(db, id), usedIn: lessonsUsing(db, id) };
}

export function findAssetRow(db: Db, id: string): AssetRow | null {
  return db.prepare<[string], AssetRow>(`${assetQuery} WHERE a.id = ?`).get(id) ?? null;
}

/** The stored meta of a video or audio asset; NOT_FOUND / MEDIA_NOT_VIDEO otherwise. */
export function requireMediaMeta(db: Db, id: string): MediaMeta {
  const row = findAssetRow(db, id);
  if (!row) throw new StudioError('NOT_FOUND', `No media with id ${id}.`, { id });
  const meta = parseMediaMeta(row.kind, row.meta);
  if (!meta)
    throw new StudioError('MEDIA_NOT_VIDEO', `${row.name} is not a video or audio asset.`, { id });
  return meta;
}

export function setMediaMeta(db: Db, id: string, meta: MediaMeta): void {
  db.prepare('UPDATE assets SET meta = ? WHERE id = ?').run(JSON.stringify(meta), id);
}

export function insertMediaAsset(
  db: Db,
  asset: { id: string; kind: 'video' | 'audio'; name: string; mime: string; meta: MediaMeta },
  at: string,
): void {
  db.prepare(
    'INSERT INTO assets (id, kind, name, mime, meta, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(asset.id, asset.kind, asset.name, asset.mime, JSON.stringify(asset.meta), at);
}

export function renameAsset(db: Db, id: string, name: string): void {
  const { changes } = db.prepare('UPDATE assets SET name = ? WHERE id = ?').run(name, id);
  if (changes === 0) throw new StudioError('NOT_FOUND', `No media with id ${id}.`, { id });
}

/** Deletes an asset with its files and frees the chunks only it used. */
export function deleteAsset(db: Db, id: string): boolean {
  const { changes } = db.prepare('DELETE FROM assets WHERE id = ?').run(id);
  if (changes > 0) collectGarbage(db);
  return changes > 0;
}

/** Lessons whose documents name the asset (ids are URL-safe, so a plain match is exact). */
export function lessonsUsing(db: Db, id: string): string[] {
  return db
    .prepare<[string], { id: string }>(`SELECT id FROM lessons WHERE instr(doc, ?) > 0 ORDER BY id`)
    .all(`"${id}"`)
    .map((row) => row.id);
}
