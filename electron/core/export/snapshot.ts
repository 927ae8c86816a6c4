/**
 * A consistent picture of everything an export needs, read in one transaction: the course,
 * its outline, every lesson document, and the assets those lessons use with the chunk lists
 * of their files. Media bytes are read later, chunk by chunk, by hash; chunks are immutable,
 * so the picture stays valid while the author keeps editing.
 */
import { checkedChunk } from '../integrity/chunk-check';
import { StudioError } from '../../shared/errors';
import type { AssetKind, Course, LessonDocument, Outline } from '../../shared/model';
import { getCourse, getPackageId } from '../project/course-repo';
import { getOutline } from '../project/outline-repo';
import type { Db } from '../project/sqlite';
import type { ChunkedFile, ChunkReader } from './package-tree';

export interface ExportLesson {
  id: string;
  title: string;
  sectionId: string;
  /** The lesson's own pass mark in percent, or null when the course's applies. */
  passingScore: number | null;
  doc: LessonDocument;
}

export interface ExportMediaFile extends ChunkedFile {
  name: string;
  mime: string;
}

export interface ExportAsset {
  id: string;
  kind: AssetKind;
  name: string;
  mime: string;
  meta: Record<string, unknown>;
  /** The asset's files by name ('original', 'video.mp4', 'hls/720p/seg-00001.m4s', ...). */
  files: Map<string, ExportMediaFile>;
}

export interface ExportSnapshot {
  course: Course;
  packageId: string;
  outline: Outline;
  /** In outline order. */
  lessons: ExportLesson[];
  assets: Map<string, ExportAsset>;
}

/** Reads the course for export in one read transaction. */
export function readExportSnapshot(db: Db): ExportSnapshot {
  return db.transaction(() => {
    const outline = getOutline(db);
    const docs = new Map(
      db
        .prepare<[], { id: string; doc: string }>('SELECT id, doc FROM lessons')
        .all()
        .map((row) => [row.id, row.doc]),
    );
    const lessons: ExportLesson[] = outline.flatMap((section) =>
      section.lessons.map((lesson) => ({
        id: lesson.id,
        title: lesson.title,
        sectionId: section.id,
        passingScore: lesson.passingScore ?? null,
        doc: parseDocument(docs.get(lesson.id)),
      })),
    );
    const course = getCourse(db);
    const assetIds = new Set<string>();
    for (const lesson of lessons) collectAssetIds(lesson.doc.root, assetIds, 0);
    // The cover travels with the course: landing pages, CC overview and OLX course_image.
    if (course.coverAssetId) assetIds.add(course.coverAssetId);
    const assets = new Map<string, ExportAsset>();
    for (const id of [...assetIds].sort()) {
      const asset = readAsset(db, id);
      if (asset) assets.set(id, asset);
    }
    return { course, packageId: getPackageId(db), outline, lessons, assets };
  })();
}

function parseDocument(json: string | undefined): LessonDocument {
  try {
    const doc = JSON.parse(json ?? '') as LessonDocument;
    if (doc && typeof doc === 'object' && doc.root) return doc;
  } catch {
    // An unreadable lesson exports as empty rather than failing the whole course.
  }
  return { root: { type: 'root', children: [] } };
}

/** Asset ids named by image and video nodes anywhere in a document. */
function collectAssetIds(node: unknown, ids: Set<string>, depth: number): void {
  if (depth > 200 || typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if ((record.type === 'image' || record.type === 'video') && typeof record.assetId === 'string') {
    ids.add(record.assetId);
  }
  if (Array.isArray(record.children)) {
    for (const child of record.children) collectAssetIds(child, ids, depth + 1);
  }
}

function readAsset(db: Db, id: string): ExportAsset | null {
  const row = db
    .prepare<[string], { id: string; kind: AssetKind; name: string; mime: string; meta: string }>(
      'SELECT id, kind, name, mime, meta FROM assets WHERE id = ?',
    )
    .get(id);
  if (!row) return null;
  const files = new Map<string, ExportMediaFile>();
  const fileRows = db
    .prepare<[string], { id: number; name: string; mime: string; size: number }>(
      'SELECT id, name, mime, size FROM media_files WHERE asset_id = ? ORDER BY name',
    )
    .all(id);
  const chunkRows = db.prepare<[number], { hash: string; size: number }>(
    `SELECT m.hash, c.size FROM media_file_chunks m JOIN chunks c ON c.hash = m.hash
     WHERE m.file_id = ? ORDER BY m.seq`,
  );
  for (const file of fileRows) {
    const rows = chunkRows.all(file.id);
    files.set(file.name, {
      name: file.name,
      mime: file.mime,
      size: file.size,
      chunks: rows.map((chunk) => chunk.hash),
      chunkSizes: rows.map((chunk) => chunk.size),
    });
  }
  let meta: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(row.meta) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      meta = parsed as Record<string, unknown>;
  } catch {
    // Unreadable metadata: the asset still exports, without captions or chapters.
  }
  return { id: row.id, kind: row.kind, name: row.name, mime: row.mime, meta, files };
}

/** Reads chunks by hash for the package writers, each checked against its hash. */
export function chunkReader(db: Db): ChunkReader {
  const statement = db.prepare<[string], { data: Buffer }>(
    'SELECT data FROM chunks WHERE hash = ?',
  );
  return (hash) => {
    const row = statement.get(hash);
    if (!row)
      throw new StudioError(
        'NOT_FOUND',
        'A media file changed while it was being exported; export again.',
      );
    // A chunk's key is its hash: damaged bytes stop the export, naming the asset.
    return checkedChunk(db, hash, row.data);
  };
}

/** A small file's whole content (captions, playlists). */
export function readSmallFile(file: ChunkedFile, readChunk: ChunkReader): Buffer {
  return Buffer.concat(file.chunks.map(readChunk));
}
