/**
 * The studio's preview: the same player site an export writes (tracking 'none'), built in
 * memory for the open course and kept in the studio's `PreviewStore`. A host (web host route,
 * Electron protocol) serves its files through the studio's host facade, media streamed from
 * the project's chunks with Range support left to the host. What the author previews is byte
 * for byte what learners get.
 */
import { mimeForMediaFile } from '../../shared/media-files';
import type { PreviewPage } from '../../shared/model';
import type { Project } from '../project/project';
import { PackageTree, type ChunkReader, type PackageEntry } from './package-tree';
import { lessonPageName } from './player-course';
import { addPlayerSite } from './site';
import { chunkReader, readExportSnapshot } from './snapshot';

interface PreviewSite {
  entries: Map<string, PackageEntry>;
  readChunk: ChunkReader;
}

export interface PreviewFile {
  mime: string;
  size: number;
  /** Bytes [start, end). */
  read(start: number, end: number): Buffer;
  /** The same bytes one stored chunk at a time, for streaming large ranges. */
  pieces(start: number, end: number): Iterable<Buffer>;
}

const pageTypes: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  woff2: 'font/woff2',
};

/**
 * The last preview built for the open course; rebuilt on every preview call so it shows the
 * latest edits, and forgotten when the course closes (its chunk reader reads that course).
 */
export class PreviewStore {
  private site: PreviewSite | null = null;

  /** Builds the preview site and returns the page to open. */
  async build(project: Project, lessonId: string | null): Promise<PreviewPage> {
    const { site, page } = await buildPreview(project, lessonId);
    this.site = site;
    return page;
  }

  /** One file of the last preview, or null. */
  read(path: string): PreviewFile | null {
    return this.site ? readPreviewFile(this.site, path) : null;
  }

  clear(): void {
    this.site = null;
  }
}

async function buildPreview(
  project: Project,
  lessonId: string | null,
): Promise<{ site: PreviewSite; page: PreviewPage }> {
  const snapshot = readExportSnapshot(project.db);
  const readChunk = chunkReader(project.db);
  const tree = new PackageTree();
  await addPlayerSite(tree, snapshot, readChunk, {
    tracking: 'none',
    scope: 'course',
    hls: true,
    embedCaptions: false,
    preview: true,
  });
  const site = { entries: new Map(tree.sorted().map((entry) => [entry.path, entry])), readChunk };
  const entry = lessonId ? lessonPageName(lessonId) : 'index.html';
  return { site, page: { entry, files: tree.paths } };
}

function readPreviewFile(site: PreviewSite, path: string): PreviewFile | null {
  const entry = site.entries.get(path);
  if (!entry) return null;
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  const mime = pageTypes[extension] ?? mimeForMediaFile(path);
  if (entry.kind === 'bytes') {
    const slice = (from: number, to: number) => entry.data.subarray(from, to);
    return { mime, size: entry.data.length, read: slice, pieces: (from, to) => [slice(from, to)] };
  }
  const { file } = entry;
  const { readChunk } = site;
  function* pieces(start: number, end: number): Generator<Buffer> {
    let offset = 0;
    for (const [index, hash] of file.chunks.entries()) {
      const size = file.chunkSizes?.[index];
      // With known sizes, chunks before the range are skipped without being read.
      if (size !== undefined && offset + size <= start) {
        offset += size;
        continue;
      }
      const piece = readChunk(hash);
      const pieceEnd = offset + piece.length;
      if (pieceEnd > start && offset < end) {
        yield piece.subarray(Math.max(0, start - offset), Math.min(piece.length, end - offset));
      }
      offset = pieceEnd;
      if (offset >= end) return;
    }
  }
  return {
    mime,
    size: file.size,
    pieces,
    read: (start, end) => Buffer.concat([...pieces(start, end)]),
  };
}
