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

/** The newest job for each asset id, for the media library. */
export function latestJobsByAsset(db: Db): Map<string, Job> {
  const rows = db
    .prepare<[], JobRow>(
      `SELECT ${columns} FROM jobs WHERE asset_id IS NOT NULL ORDER BY created_at, rowid`,
    )
    .all();
  return new Map(rows.map((row) => [row.asset_id!, toJob(row)]));
}

export function nextQueuedJob(db: Db, skip: readonly string[]): string | null {
  const rows = db
    .prepare<[], { id: string }>(
      `SELECT id FROM jobs WHERE state = 'queued' ORDER BY created_at, rowid`,
    )
    .all();
  return rows.find((row) => !skip.includes(row.id))?.id ?? null;
}

export function jobIdsInState(db: Db, state: JobState): string[] {
  return db
    .prepare<[string], { id: string }>('SELECT id FROM jobs WHERE state = ?')
    .all(state)
    .map((row) => row.id);
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

/** Replaces a job's payload: state a resumable job must keep across a restart. */
export function setJobPayload(db: Db, id: string, payload: unknown): void {
  db.prepare('UPDATE jobs SET payload = ? WHERE id = ?').run(JSON.stringify(payload), id);
}
