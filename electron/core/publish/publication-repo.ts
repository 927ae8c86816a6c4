/** The `publications` table: one row per publish, whatever its outcome. */
import type { ExportFormat } from '../../shared/model';
import type {
  Publication,
  PublicationResult,
  PublishStep,
  PublishTargetKind,
} from '../../shared/publish';
import { newId } from '../project/ids';
import type { Db } from '../project/sqlite';

interface PublicationRow {
  id: string;
  target: string;
  profile: string;
  kind: string;
  format: string;
  remote_id: string | null;
  sha256: string;
  size: number;
  published_at: string;
  result: PublicationResult;
  url: string | null;
  messages: string;
  steps: string;
  error_code: string | null;
}

function toPublication(row: PublicationRow): Publication {
  return {
    id: row.id,
    profile: row.profile || row.target,
    kind: (row.kind || 'folder') as PublishTargetKind,
    format: row.format as ExportFormat,
    publishedAt: row.published_at,
    sha256: row.sha256,
    size: row.size,
    result: row.result,
    remoteId: row.remote_id,
    url: row.url,
    messages: parseList<string>(row.messages),
    steps: parseList<PublishStep>(row.steps),
    errorCode: row.error_code,
  };
}

function parseList<T>(json: string): T[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

export function insertPublication(db: Db, publication: Omit<Publication, 'id'>): Publication {
  const id = newId();
  db.prepare(
    `INSERT INTO publications (id, target, profile, kind, format, remote_id, sha256, size,
       published_at, result, url, messages, steps, error_code)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    publication.profile,
    publication.profile,
    publication.kind,
    publication.format,
    publication.remoteId,
    publication.sha256,
    publication.size,
    publication.publishedAt,
    publication.result,
    publication.url,
    JSON.stringify(publication.messages),
    JSON.stringify(publication.steps),
    publication.errorCode,
  );
  return { id, ...publication };
}

/** Newest first. */
export function listPublications(db: Db): Publication[] {
  return db
    .prepare<[], PublicationRow>(
      'SELECT * FROM publications ORDER BY published_at DESC, rowid DESC',
    )
    .all()
    .map(toPublication);
}

/** The last successful send of exactly these bytes to this profile, if any. */
export function findSamePublication(db: Db, profile: string, sha256: string): Publication | null {
  const row = db
    .prepare<[string, string], PublicationRow>(
      `SELECT * FROM publications WHERE profile = ? AND sha256 = ? AND result IN ('succeeded', 'needs-action')
       ORDER BY published_at DESC LIMIT 1`,
    )
    .get(profile, sha256);
  return row ? toPublication(row) : null;
}
