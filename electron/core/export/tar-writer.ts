/**
 * A deterministic .tar.gz writer: POSIX ustar entries in the tree's order with mtime 0,
 * uid / gid 0 and fixed modes, parent directories listed before their files, and a gzip
 * header with mtime 0 and "unknown" OS so the bytes do not depend on the machine.
 */
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, crc32, createDeflateRaw } from 'node:zlib';
import { StudioError } from '../../shared/errors';
import {
  entryPieces,
  entrySize,
  throwIfAborted,
  writeAtomically,
  type WriteOptions,
} from './archive-output';
import { EXPORT_MARKER } from './output-guard';
import type { PackageTree } from './package-tree';

const BLOCK = 512;
/** mtime 0, OS "unknown", and FCOMMENT: the studio's marker, so a later export may replace it. */
const GZIP_HEADER = Buffer.concat([
  Buffer.from([0x1f, 0x8b, 8, 0x10, 0, 0, 0, 0, 0, 0xff]),
  Buffer.from(`${EXPORT_MARKER}\u0000`, 'latin1'),
]);

/** The largest size the 11 octal digits of a ustar size field hold: 8 GiB - 1. */
const OCTAL_SIZE_LIMIT = 8 ** 11;

export interface TarOptions extends WriteOptions {
  /**
   * Sizes from this value up are written in base-256 (the GNU / POSIX-2001 extension every
   * current tar reads) instead of octal; default 8 GiB, where octal ends. Tests lower it.
   */
  base256Threshold?: number;
}

/** Writes `tree` as a gzip-compressed tar under `root/`; returns the archive's size. */
export async function writeTarGz(
  tree: PackageTree,
  target: string,
  root: string,
  options: TarOptions,
): Promise<number> {
  let total = 0;
  await writeAtomically(
    target,
    'file',
    async (temporary) => {
      const handle = await open(temporary, 'w');
      let position = 0;
      let crc = 0;
      let length = 0;
      const tarStream = Readable.from(tarBlocks(tree, root, options), { objectMode: false });
      const counted = async function* (source: AsyncIterable<Buffer>) {
        for await (const piece of source) {
          crc = crc32(piece, crc);
          length += piece.length;
          yield piece;
        }
      };
      try {
        await handle.write(GZIP_HEADER, 0, GZIP_HEADER.length, 0);
        position = GZIP_HEADER.length;
        await pipeline(
          tarStream,
          counted,
          createDeflateRaw({ level: constants.Z_DEFAULT_COMPRESSION }),
          async (deflated: AsyncIterable<Buffer>) => {
            for await (const piece of deflated) {
              await handle.write(piece, 0, piece.length, position);
              position += piece.length;
            }
          },
        );
        const trailer = Buffer.alloc(8);
        trailer.writeUInt32LE(crc >>> 0, 0);
        trailer.writeUInt32LE(length % 0x100000000, 4);
        await handle.write(trailer, 0, 8, position);
        total = position + 8;
      } finally {
        await handle.close();
      }
    },
    options.guard,
  );
  return total;
}

function* tarBlocks(tree: PackageTree, root: string, options: TarOptions): Generator<Buffer> {
  const limit = Math.min(OCTAL_SIZE_LIMIT, options.base256Threshold ?? OCTAL_SIZE_LIMIT);
  const directories = new Set<string>();
  let written = 0;
  for (const entry of tree.sorted()) {
    throwIfAborted(options.signal);
    const path = `${root}/${entry.path}`;
    const parts = path.split('/');
    for (let depth = 1; depth < parts.length; depth += 1) {
      const directory = `${parts.slice(0, depth).join('/')}/`;
      if (directories.has(directory)) continue;
      directories.add(directory);
      yield header(directory, 0, '5', 0o755, limit);
    }
    const size = entrySize(entry);
    yield header(path, size, '0', 0o644, limit);
    for (const piece of entryPieces(entry, options.readChunk)) {
      throwIfAborted(options.signal);
      yield piece;
      written += piece.length;
      options.onProgress?.(written);
    }
    const padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (padding > 0) yield Buffer.alloc(padding);
  }
  yield Buffer.alloc(BLOCK * 2);
}

function header(
  path: string,
  size: number,
  type: '0' | '5',
  mode: number,
  base256From: number,
): Buffer {
  const block = Buffer.alloc(BLOCK);
  const [prefix, name] = splitName(path);
  block.write(name, 0, 100, 'utf8');
  writeOctal(block, mode, 100, 8);
  writeOctal(block, 0, 108, 8); // uid
  writeOctal(block, 0, 116, 8); // gid
  if (size >= base256From) writeBase256(block, size, 124, 12);
  else writeOctal(block, size, 124, 12);
  writeOctal(block, 0, 136, 12); // mtime
  block.fill(0x20, 148, 156); // checksum is computed with its own field as spaces
  block.write(type, 156, 1, 'ascii');
  block.write('ustar\u000000', 257, 8, 'ascii');
  block.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8, 'ascii');
  return block;
}

/** ustar keeps names over 100 bytes as a prefix (up to 155) and a name, split at a slash. */
function splitName(path: string): [string, string] {
  if (Buffer.byteLength(path) <= 100) return ['', path];
  for (let index = path.indexOf('/'); index > 0; index = path.indexOf('/', index + 1)) {
    const prefix = path.slice(0, index);
    const name = path.slice(index + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100 && name !== '') {
      return [prefix, name];
    }
  }
  throw new StudioError('INTERNAL', `A package path is too long for tar: ${path}`);
}

function writeOctal(block: Buffer, value: number, offset: number, width: number): void {
  block.write(`${value.toString(8).padStart(width - 1, '0')}\u0000`, offset, width, 'ascii');
}

/** Base-256: the first byte's high bit set, the value big-endian in the remaining bytes. */
function writeBase256(block: Buffer, value: number, offset: number, width: number): void {
  let rest = BigInt(value);
  for (let index = offset + width - 1; index > offset; index -= 1) {
    block[index] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  block[offset] = 0x80;
}
