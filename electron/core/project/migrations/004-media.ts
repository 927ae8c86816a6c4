import type { Database } from 'better-sqlite3';

/**
 * Version 4: media import jobs. `jobs.asset_id` links a job to the asset it creates or
 * replaces (the asset row itself only appears when the job commits). `job_chunks` records
 * the chunks a running job has already written: the job stores its outputs piece by piece
 * in small transactions, so the app stays responsive during a multi-gigabyte import, and
 * these rows keep garbage collection off those chunks until the job's one final
 * transaction links them to files, or a cancel, failure or restart drops them.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE jobs ADD COLUMN asset_id TEXT;
    CREATE INDEX jobs_by_asset ON jobs (asset_id);
    UPDATE jobs SET asset_id = json_extract(payload, '$.assetId')
      WHERE json_valid(payload) AND json_type(payload, '$.assetId') = 'text';

    CREATE TABLE job_chunks (
      job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
      hash TEXT NOT NULL REFERENCES chunks (hash),
      PRIMARY KEY (job_id, hash)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX job_chunks_by_hash ON job_chunks (hash);
  `);
}
