/**
 * Assets and the content-addressed chunk store they live in. A file is a list of chunks of at
 * most CHUNK_SIZE bytes, each stored once by its sha-256, so saving never rewrites big blobs
 * and a duplicate import costs nothing.
 */
import { createHash } from 'node:crypto';
import { StudioError } from '../../shared/errors';
import type { Asset, AssetKind, MediaFileInfo } from '../../shared/model';
import { newId } from './ids';
import type { Db } from './sqlite';

export const CHUNK_SIZE = 4 * 1024 * 1024;

interface AssetRow {
  id: string;
  kind: AssetKind;
  name: string;
  mime: string;
  created_at: string;
  size: number | null;
  sha256: string | null;
}

const assetColumns = `a.id, a.kind, a.name, a.mime, a.created_at, f.size, f.sha256
  FROM assets a LEFT JOIN media_files f ON f.asset_id = a.id AND f.name = 'original'`;

function toAsset(row: AssetRow): Asset {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    mime: row.mime,
    size: row.size ?? 0,
    sha256: row.sha256 ?? '',
    createdAt: row.created_at,
  };
}

export function listAssets(db: Db): Asset[] {
  return db
    .prepare<[], AssetRow>(`SELECT ${assetColumns} ORDER BY a.created_at, a.id`)
    .all()
    .map(toAsset);
}

export function getAsset(db: Db, id: string): Asset {
  const row = db.prepare<[string], AssetRow>(`SELECT ${assetColumns} WHERE a.id = ?`).get(id);
  if (!row) throw new StudioError('NOT_FOUND', `No asset with id ${id}.`, { id });
  return toAsset(row);
}

export function countAssets(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM assets').get() as { n: number }).n;
}

/** Stores bytes as one file of a new asset (its 'original'); call inside a transaction. */
export function insertAsset(
  db: Db,
  asset: { kind: AssetKind; name: string; mime: string; bytes: Buffer },
  at: string,
): Asset {
  const id = newId();
  db.prepare('INSERT INTO assets (id, kind, name, mime, created_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    asset.kind,
    asset.name,
    asset.mime,
    at,
  );
  writeMediaFile(db, id, 'original', asset.mime, asset.bytes);
  return getAsset(db, id);
}

/** Writes one named file of an asset as chunks. */
export function writeMediaFile(
  db: Db,
  assetId: string,
  name: string,
  mime: string,
  bytes: Buffer,
): void {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { lastInsertRowid: fileId } = db
    .prepare('INSERT INTO media_files (asset_id, name, mime, size, sha256) VALUES (?, ?, ?, ?, ?)')
    .run(assetId, name, mime, bytes.length, sha256);
  const putChunk = db.prepare('INSERT OR IGNORE INTO chunks (hash, size, data) VALUES (?, ?, ?)');
  const link = db.prepare(
    'INSERT INTO media_file_chunks (file_id, seq, offset, hash) VALUES (?, ?, ?, ?)',
  );
  for (let offset = 0, seq = 0; offset < bytes.length; offset += CHUNK_SIZE, seq += 1) {
    const chunk = bytes.subarray(offset, offset + CHUNK_SIZE);
    const hash = createHash('sha256').update(chunk).digest('hex');
    putChunk.run(hash, chunk.length, chunk);
    link.run(fileId, seq, offset, hash);
  }
}

export interface StoredFile {
  mime: string;
  size: number;
  sha256: string;
  /** Bytes [start, end) of the file, read chunk by chunk without loading the whole file. */
  read(start: number, end: number): Buffer;
  /** The same bytes one stored chunk at a time, for streaming large ranges. */
  pieces(start: number, end: number): Iterable<Buffer>;
}

/** Opens one named file of an asset for reading, or null when there is none. */
export function openMediaFile(db: Db, assetId: string, name = 'original'): StoredFile | null {
  const statements = readStatements(db);
  const file = statements.file.get(assetId, name);
  if (!file) return null;
  function* pieces(start: number, end: number): Generator<Buffer> {
    const from = Math.max(0, start);
    const to = Math.min(file!.size, end);
    if (to <= from) return;
    for (const piece of statements.pieces.all(file!.id, to, from)) {
      const begin = Math.max(from, piece.offset) - piece.offset;
      const stop = Math.min(to, piece.offset + piece.size) - piece.offset;
      // A whole chunk is read as is; substr would copy it once more.
      const row =
        begin === 0 && stop === piece.size
          ? statements.whole.get(piece.hash)
          : statements.slice.get(begin + 1, stop - begin, piece.hash);
      if (row) yield row.data;
    }
  }
  return {
    mime: file.mime,
    size: file.size,
    sha256: file.sha256,
    pieces,
    read(start, end) {
      const parts = [...pieces(start, end)];
      // An HLS segment is one chunk: hand it over without another copy.
      return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    },
  };
}

type ReadStatements = ReturnType<typeof prepareReads>;
const readCache = new WeakMap<Db, ReadStatements>();

/** Prepared once per connection: a player reads hundreds of segments. */
function readStatements(db: Db): ReadStatements {
  let statements = readCache.get(db);
  if (!statements) {
    statements = prepareReads(db);
    readCache.set(db, statements);
  }
  return statements;
}

function prepareReads(db: Db) {
  return {
    file: db.prepare<[string, string], { id: number; mime: string; size: number; sha256: string }>(
      'SELECT id, mime, size, sha256 FROM media_files WHERE asset_id = ? AND name = ?',
    ),
    pieces: db.prepare<[number, number, number], { offset: number; size: number; hash: string }>(
      `SELECT m.offset, c.size, m.hash FROM media_file_chunks m JOIN chunks c ON c.hash = m.hash
       WHERE m.file_id = ? AND m.offset < ? AND m.offset + c.size > ? ORDER BY m.seq`,
    ),
    whole: db.prepare<[string], { data: Buffer }>('SELECT data FROM chunks WHERE hash = ?'),
    slice: db.prepare<[number, number, string], { data: Buffer }>(
      'SELECT substr(data, ?, ?) AS data FROM chunks WHERE hash = ?',
    ),
  };
}

/** Every file of an asset, by name. */
export function listMediaFiles(db: Db, assetId: string): MediaFileInfo[] {
  return db
    .prepare<[string], MediaFileInfo>(
      'SELECT name, mime, size FROM media_files WHERE asset_id = ? ORDER BY name',
    )
    .all(assetId);
}

/**
 * Stores one chunk for a job that is still running, in its own small transaction: the
 * job_chunks row keeps garbage collection off it until the job commits or is dropped.
 */
export function stageChunk(db: Db, jobId: string, hash: string, bytes: Buffer): void {
  db.prepare('INSERT OR IGNORE INTO chunks (hash, size, data) VALUES (?, ?, ?)').run(
    hash,
    bytes.length,
    bytes,
  );
  db.prepare('INSERT OR IGNORE INTO job_chunks (job_id, hash) VALUES (?, ?)').run(jobId, hash);
}

export interface StagedFile {
  name: string;
  mime: string;
  size: number;
  sha256: string;
  /** The file's chunks in order; each was stored by `stageChunk`. */
  chunks: { hash: string; size: number }[];
}

/** Links already-stored chunks as one named file of an asset; call inside a transaction. */
export function insertStagedFile(db: Db, assetId: string, file: StagedFile): void {
  const { lastInsertRowid: fileId } = db
    .prepare('INSERT INTO media_files (asset_id, name, mime, size, sha256) VALUES (?, ?, ?, ?, ?)')
    .run(assetId, file.name, file.mime, file.size, file.sha256);
  const link = db.prepare(
    'INSERT INTO media_file_chunks (file_id, seq, offset, hash) VALUES (?, ?, ?, ?)',
  );
  let offset = 0;
  file.chunks.forEach((chunk, seq) => {
    link.run(fileId, seq, offset, chunk.hash);
    offset += chunk.size;
  });
}

/** Forgets what a job staged and frees the chunks nothing else uses. */
export function dropStagedChunks(db: Db, jobId: string): void {
  db.prepare('DELETE FROM job_chunks WHERE job_id = ?').run(jobId);
  collectGarbage(db);
}

/** Connections whose current transaction dropped chunks (see `takeFreedChunks`). */
const freedChunks = new WeakSet<Db>();

/**
 * Drops chunks no file (and no running job) refers to. Their pages become free at once; the
 * project gives them back to the file system in small steps afterwards (Project.transact).
 */
export function collectGarbage(db: Db): void {
  const { changes } = db
    .prepare(
      `DELETE FROM chunks WHERE hash NOT IN (SELECT hash FROM media_file_chunks)
         AND hash NOT IN (SELECT hash FROM job_chunks)`,
    )
    .run();
  if (changes > 0) freedChunks.add(db);
}

/**
 * Whether chunks were dropped since the last call. Only media is worth giving back: the pages
 * a lesson save frees are reused by the next save, and shrinking the file in between would
 * rewrite it twice per save.
 */
export function takeFreedChunks(db: Db): boolean {
  return freedChunks.delete(db);
}
