/**
 * A deterministic ZIP writer: entries in the order given (the tree sorts them), every time
 * 1980-01-01 00:00, UTF-8 names, no extra fields unless ZIP64 needs them, and the studio's
 * marker as the archive comment. Text is deflated;
 * media is stored and streamed chunk by chunk from the project, its CRC patched into the local
 * header afterwards, so a video is never held in memory and no data descriptors are needed.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { crc32, deflateRawSync } from 'node:zlib';
import {
  entryBytes,
  entryPieces,
  entrySize,
  throwIfAborted,
  writeAtomically,
  type WriteOptions,
} from './archive-output';
import { EXPORT_MARKER } from './output-guard';
import type { PackageEntry, PackageTree } from './package-tree';

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const MAX32 = 0xffffffff;
/** Compressible media files up to this size are deflated in memory; bigger ones are stored. */
const MAX_DEFLATE_BYTES = 16 * 1024 * 1024;

interface CentralRecord {
  name: Buffer;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

export interface ZipOptions extends WriteOptions {
  /**
   * Sizes and offsets from this value up are written as ZIP64 (default 0xffffffff, the
   * format's limit). Tests lower it to run the ZIP64 path without writing 4 GiB.
   */
  zip64Threshold?: number;
}

/** Writes `tree` as a ZIP file at `target`; returns its size in bytes. */
export async function writeZip(
  tree: PackageTree,
  target: string,
  options: ZipOptions,
): Promise<number> {
  let total = 0;
  await writeAtomically(
    target,
    'file',
    async (temporary) => {
      const handle = await open(temporary, 'w');
      try {
        total = await writeEntries(handle, tree.sorted(), options);
      } finally {
        await handle.close();
      }
    },
    options.guard,
  );
  return total;
}

async function writeEntries(
  handle: FileHandle,
  entries: PackageEntry[],
  options: ZipOptions,
): Promise<number> {
  const limit = Math.min(MAX32, options.zip64Threshold ?? MAX32);
  const records: CentralRecord[] = [];
  let position = 0;
  let written = 0;
  const put = async (buffer: Buffer) => {
    await handle.write(buffer, 0, buffer.length, position);
    position += buffer.length;
  };
  for (const entry of entries) {
    throwIfAborted(options.signal);
    const name = Buffer.from(entry.path, 'utf8');
    const offset = position;
    const size = entrySize(entry);
    if (entry.kind === 'bytes' || (entry.compress && size <= MAX_DEFLATE_BYTES)) {
      const data = entryBytes(entry, options.readChunk);
      const deflated = entry.compress ? deflateRawSync(data, { level: 9 }) : null;
      const useDeflate = deflated !== null && deflated.length < data.length;
      const body = useDeflate ? deflated : data;
      const record = {
        name,
        method: useDeflate ? 8 : 0,
        crc: crc32(data),
        compressedSize: body.length,
        size,
        offset,
      };
      await put(localHeader(record, limit));
      await put(body);
      records.push(record);
    } else {
      const record = { name, method: 0, crc: 0, compressedSize: size, size, offset };
      const header = localHeader(record, limit);
      await put(header);
      let crc = 0;
      for (const piece of entryPieces(entry, options.readChunk)) {
        throwIfAborted(options.signal);
        crc = crc32(piece, crc);
        await put(piece);
        written += piece.length;
        options.onProgress?.(written);
      }
      record.crc = crc;
      const crcField = Buffer.alloc(4);
      crcField.writeUInt32LE(crc >>> 0);
      await handle.write(crcField, 0, 4, offset + 14);
      records.push(record);
      continue;
    }
    written += size;
    options.onProgress?.(written);
  }
  const centralStart = position;
  for (const record of records) await put(centralHeader(record, limit));
  await put(endOfCentralDirectory(records.length, centralStart, position - centralStart, limit));
  return position;
}

function needsZip64(record: CentralRecord, limit: number): boolean {
  return record.size >= limit || record.compressedSize >= limit;
}

function localHeader(record: CentralRecord, limit: number): Buffer {
  const zip64 = needsZip64(record, limit);
  const extra = zip64 ? zip64Extra([record.size, record.compressedSize]) : Buffer.alloc(0);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(zip64 ? 45 : 20, 4);
  header.writeUInt16LE(UTF8_NAMES, 6);
  header.writeUInt16LE(record.method, 8);
  header.writeUInt16LE(0, 10);
  header.writeUInt16LE(DOS_DATE_1980_01_01, 12);
  header.writeUInt32LE(record.crc >>> 0, 14);
  header.writeUInt32LE(zip64 ? MAX32 : record.compressedSize, 18);
  header.writeUInt32LE(zip64 ? MAX32 : record.size, 22);
  header.writeUInt16LE(record.name.length, 26);
  header.writeUInt16LE(extra.length, 28);
  return Buffer.concat([header, record.name, extra]);
}

/** A 32-bit field: the value, or 0xffffffff when the value is in the ZIP64 extra field. */
const field32 = (value: number, limit: number) => (value >= limit ? MAX32 : value);

function centralHeader(record: CentralRecord, limit: number): Buffer {
  // The ZIP64 extra field holds, in this order, exactly the values whose fields are 0xffffffff.
  const large: number[] = [];
  if (record.size >= limit) large.push(record.size);
  if (record.compressedSize >= limit) large.push(record.compressedSize);
  if (record.offset >= limit) large.push(record.offset);
  const extra = large.length > 0 ? zip64Extra(large) : Buffer.alloc(0);
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE((3 << 8) | (large.length > 0 ? 45 : 20), 4); // made by Unix
  header.writeUInt16LE(large.length > 0 ? 45 : 20, 6);
  header.writeUInt16LE(UTF8_NAMES, 8);
  header.writeUInt16LE(record.method, 10);
  header.writeUInt16LE(0, 12);
  header.writeUInt16LE(DOS_DATE_1980_01_01, 14);
  header.writeUInt32LE(record.crc >>> 0, 16);
  header.writeUInt32LE(field32(record.compressedSize, limit), 20);
  header.writeUInt32LE(field32(record.size, limit), 24);
  header.writeUInt16LE(record.name.length, 28);
  header.writeUInt16LE(extra.length, 30);
  header.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
  header.writeUInt32LE(field32(record.offset, limit), 42);
  return Buffer.concat([header, record.name, extra]);
}

function zip64Extra(values: number[]): Buffer {
  const extra = Buffer.alloc(4 + values.length * 8);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(values.length * 8, 2);
  values.forEach((value, index) => extra.writeBigUInt64LE(BigInt(value), 4 + index * 8));
  return extra;
}

function endOfCentralDirectory(count: number, start: number, size: number, limit: number): Buffer {
  const parts: Buffer[] = [];
  const zip64 = count >= 0xffff || start >= limit || size >= limit;
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE((3 << 8) | 45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(count), 24);
    record.writeBigUInt64LE(BigInt(count), 32);
    record.writeBigUInt64LE(BigInt(size), 40);
    record.writeBigUInt64LE(BigInt(start), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(start + size), 8);
    locator.writeUInt32LE(1, 16);
    parts.push(record, locator);
  }
  // The comment marks the file as a Course Studio export, which a later export may replace.
  const comment = Buffer.from(EXPORT_MARKER, 'latin1');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(count, 0xffff), 8);
  end.writeUInt16LE(Math.min(count, 0xffff), 10);
  end.writeUInt32LE(field32(size, limit), 12);
  end.writeUInt32LE(field32(start, limit), 16);
  end.writeUInt16LE(comment.length, 20);
  parts.push(end, comment);
  return Buffer.concat(parts);
}
