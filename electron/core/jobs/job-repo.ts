/** The jobs table: plain functions over a connection. */
import { StudioError } from '../../shared/errors';
import type { Job, JobState } from '../../shared/model';
import { newId } from '../project/ids';
import type { Db } from '../project/sqlite';

interface JobRow {
  id: string;
  kind: string;
  state: JobState;
  payload: string;
  progress: number;
  error: string | null;
  attempts: number;
  asset_id: string | null;
  created_at: string;
  updated_at: string;
}

const columns =
  'id, kind, state, payload, progress, error, attempts, asset_id, created_at, updated_at';

function toJob(row: JobRow): Job {
  let title = '';
  try {
    const payload = JSON.parse(row.payload) as { title?: unknown };
    if (typeof payload.title === 'string') title = payload.title;
  } catch {
    // A damaged payload still lists; running it fails with a clear error.
  }
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    title,
    assetId: row.asset_id,
    progress: row.progress,
    error: row.error ? (JSON.parse(row.error) as Job['error']) : null,
    attempts: row.attempts,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function insertJob(
  db: Db,
  job: { kind: string; payload: unknown; assetId: string | null },
  at: string,
): Job {
  const id = newId();
  db.prepare(
    `INSERT INTO jobs (id, kind, state, payload, asset_id, created_at, updated_at)
     VALUES (?, ?, 'queued', ?, ?, ?, ?)`,
  ).run(id, job.kind, JSON.stringify(job.payload), job.assetId, at, at);
  return getJob(db, id);
}

export function findJob(db: Db, id: string): Job | null {
  const row = db.prepare<[string], JobRow>(`SELECT ${columns} FROM jobs WHERE id = ?`).get(id);
  return row ? toJob(row) : null;
}

export function getJob(db: Db, id: string): Job {
  const job = findJob(db, id);
  if (!job) throw new StudioError('NOT_FOUND', `No job with id ${id}.`, { id });
  return job;
}

export function jobPayload(db: Db, id: string): { kind: string; payload: unknown } {
  const row = db
    .prepare<[string], { kind: string; payload: string }>(
      'SELECT kind, payload FROM jobs WHERE id = ?',
    )
    .get(id);
  if (!row) throw new StudioError('NOT_FOUND', `No job with id ${id}.`, { id });
  return { kind: row.kind, payload: JSON.parse(row.payload) as unknown };
}

/** Newest first. */
export function listJobs(db: Db, limit = 200): Job[] {
  return db
    .prepare<[number], JobRow>(
      `SELECT ${columns} FROM jobs ORDER BY created_at DESC, rowid DESC LIMIT ?`,
    )
    .all(limit)
    .map(toJob);
}

/** A job as the media library reads it: raw payload and error, keyed by its asset. */
export interface AssetJobRow {
  id: string;
  state: JobState;
  payload: string;
  error: string | null;
  asset_id: string;
  created_at: string;
}

/** The newest job of each asset, by asset id (an import exists only as a job until it commits). */
export function latestJobOfEachAsset(db: Db): Map<string, AssetJobRow> {
  const rows = db
    .prepare<[], AssetJobRow>(
      `SELECT id, state, payload, error, asset_id, created_at FROM jobs
       WHERE asset_id IS NOT NULL ORDER BY created_at, rowid`,
    )
    .all();
  return new Map(rows.map((row) => [row.asset_id, row]));
}

/** Queued jobs, oldest first. */
export function queuedJobs(db: Db): { id: string; kind: string }[] {
  return db
    .prepare<[], { id: string; kind: string }>(
      `SELECT id, kind FROM jobs WHERE state = 'queued' ORDER BY created_at, rowid`,
    )
    .all();
}

export function jobsInState(db: Db, state: JobState): { id: string; kind: string }[] {
  return db
    .prepare<[string], { id: string; kind: string }>('SELECT id, kind FROM jobs WHERE state = ?')
    .all(state);
}

/** Forgets the chunks a finished job staged: they now belong to what it committed. */
export function releaseJobChunks(db: Db, id: string): void {
  db.prepare('DELETE FROM job_chunks WHERE job_id = ?').run(id);
}

/** Drops the failed jobs of an asset (a failed import is listed from its job). */
export function deleteFailedJobsOfAsset(db: Db, assetId: string): number {
  return db.prepare(`DELETE FROM jobs WHERE asset_id = ? AND state = 'failed'`).run(assetId)
    .changes;
}

/** The newest job of `kind` for an asset that has not started or is running, with its payload. */
export function activeJobOfAsset(
  db: Db,
  assetId: string,
  kind: string,
): { id: string; payload: unknown } | null {
  const row = db
    .prepare<[string, string], { id: string; payload: string }>(
      `SELECT id, payload FROM jobs WHERE asset_id = ? AND kind = ? AND state IN ('queued', 'running')
       ORDER BY created_at DESC LIMIT 1`,
    )
    .get(assetId, kind);
  return row ? { id: row.id, payload: JSON.parse(row.payload) as unknown } : null;
}

/**
 * Replaces a job's stored payload: captions added to a video still importing, or what a
 * resumable job keeps across a restart (a publish's upload URL).
 */
export function setJobPayload(db: Db, id: string, payload: unknown): void {
  db.prepare('UPDATE jobs SET payload = ? WHERE id = ?').run(JSON.stringify(payload), id);
}

export function setJobState(
  db: Db,
  id: string,
  state: JobState,
  at: string,
  extra: { error?: Job['error']; progress?: number; countAttempt?: boolean } = {},
): void {
  db.prepare(
    `UPDATE jobs SET state = ?, updated_at = ?, error = ?,
       progress = coalesce(?, progress), attempts = attempts + ? WHERE id = ?`,
  ).run(
    state,
    at,
    extra.error ? JSON.stringify(extra.error) : null,
    extra.progress ?? null,
    extra.countAttempt ? 1 : 0,
    id,
  );
}

export function setJobProgress(db: Db, id: string, progress: number): void {
  db.prepare('UPDATE jobs SET progress = ? WHERE id = ?').run(progress, id);
}
