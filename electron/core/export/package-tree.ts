/**
 * The files of a package before it is written: small generated files held as bytes, media as
 * references to the project's chunks so a two-hour video is never held in memory. Writers
 * (folder, zip, tar.gz) take entries in byte order of their paths, which makes archives
 * deterministic whatever order the builders added files in.
 */
import { StudioError } from '../../shared/errors';

/** A file of the project's chunk store: its chunks' hashes in order, and its size. */
export interface ChunkedFile {
  size: number;
  chunks: string[];
  /** Each chunk's size, when known: lets a reader seek without reading earlier chunks. */
  chunkSizes?: number[];
}

export type PackageEntry =
  | { path: string; kind: 'bytes'; data: Buffer; compress: boolean }
  | { path: string; kind: 'chunks'; file: ChunkedFile; compress: boolean };

const safeSegment = /^[A-Za-z0-9._-]+$/;

/** Whether a package path is relative, forward-slashed and free of `.` / `..` segments. */
export function isSafePackagePath(path: string): boolean {
  const segments = path.split('/');
  return (
    path.length <= 240 && segments.every((s) => safeSegment.test(s) && s !== '.' && s !== '..')
  );
}

// Formats that are already compressed gain nothing from deflate and cost time.
const storedExtensions = /\.(mp4|m4s|m4a|mp3|jpe?g|png|gif|webp|avif|woff2?|zip|gz)$/i;

export class PackageTree {
  private readonly entries = new Map<string, PackageEntry>();

  /** Adds a generated text file (UTF-8). */
  addText(path: string, text: string): void {
    this.addBytes(path, Buffer.from(text, 'utf8'));
  }

  addBytes(path: string, data: Buffer): void {
    this.add({ path, kind: 'bytes', data, compress: !storedExtensions.test(path) });
  }

  /** Adds a file streamed from the project's chunks when the package is written. */
  addChunked(path: string, file: ChunkedFile): void {
    this.add({ path, kind: 'chunks', file, compress: !storedExtensions.test(path) });
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  get paths(): string[] {
    return this.sorted().map((entry) => entry.path);
  }

  /** Entries in byte order of their UTF-8 paths. */
  sorted(): PackageEntry[] {
    return [...this.entries.values()].sort((a, b) =>
      Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)),
    );
  }

  /** Total bytes of all files, before compression. */
  get size(): number {
    let total = 0;
    for (const entry of this.entries.values()) {
      total += entry.kind === 'bytes' ? entry.data.length : entry.file.size;
    }
    return total;
  }

  private add(entry: PackageEntry): void {
    if (!isSafePackagePath(entry.path)) {
      throw new StudioError('INTERNAL', `Refusing an unsafe package path: ${entry.path}`);
    }
    if (this.entries.has(entry.path)) {
      throw new StudioError('INTERNAL', `Two files at one package path: ${entry.path}`);
    }
    this.entries.set(entry.path, entry);
  }
}

/** Reads one chunk of the project's store by hash. */
export type ChunkReader = (hash: string) => Buffer;
