/**
 * studio-media://asset/<assetId>[/<file>]: asset files straight from the project file, for
 * <img>, <video> and hls.js (`studio-media://asset/<id>/hls/master.m3u8`); and
 * studio-media://preview/<path>: the learner player site of the last preview, for the
 * studio's preview frame. Honours single byte ranges so video can seek without loading it
 * all, and streams chunk by chunk.
 */
import { protocol } from 'electron';
import type { StudioFiles } from '../core/studio';
import { contentRange, parseByteRange } from '../shared/byte-range';
import { contentTypeHeader, parseMediaPath } from '../shared/media-files';
import {
  DOWNLOAD_TYPE,
  mediaSecurityHeaders,
  servedMediaType,
  SNIFF_BYTES,
} from '../shared/served-media';
import { APP_ORIGIN, MEDIA_SCHEME } from './schemes';

interface ServedFile {
  mime: string;
  size: number;
  sha256?: string;
  read(start: number, end: number): Buffer;
  pieces(start: number, end: number): Iterable<Buffer>;
}

function lookUp(files: StudioFiles, url: URL): ServedFile | null {
  const path = url.pathname.replace(/^\//, '');
  if (url.host === 'preview') return files.readPreview(decodeURIComponent(path));
  if (url.host !== 'asset') return null;
  const target = parseMediaPath(path);
  const file = target ? files.readAsset(target.assetId, target.name) : null;
  if (!target || !file) return null;
  // The stored type is the course file's word only: serve what the role and bytes allow.
  return { ...file, mime: servedMediaType(target.name, file.read(0, SNIFF_BYTES), file.mime) };
}

export function handleMediaProtocol(files: StudioFiles): void {
  protocol.handle(MEDIA_SCHEME, (request) => {
    const url = new URL(request.url);
    const asset = lookUp(files, url);
    if (!asset) return plain(404, 'Not found');

    const headers: Record<string, string> = {
      'x-content-type-options': 'nosniff',
      ...(url.host === 'asset' ? mediaSecurityHeaders : {}),
      ...(asset.mime === DOWNLOAD_TYPE ? { 'Content-Disposition': 'attachment' } : {}),
      'Content-Type': contentTypeHeader(asset.mime),
      ...(asset.sha256 ? { ETag: `"${asset.sha256}"` } : {}),
      'Accept-Ranges': 'bytes',
      // The renderer (app://studio) fetches segments cross-origin for hls.js.
      'Access-Control-Allow-Origin': APP_ORIGIN,
      'Access-Control-Expose-Headers': 'Content-Range, Content-Length, Accept-Ranges',
    };
    const range = parseByteRange(request.headers.get('range'), asset.size);
    if (range === 'unsatisfiable') {
      return new Response(null, {
        status: 416,
        headers: { ...headers, 'Content-Range': `bytes */${asset.size}` },
      });
    }
    const start = range?.start ?? 0;
    const end = range?.end ?? asset.size;
    headers['Content-Length'] = String(end - start);
    if (range) headers['Content-Range'] = contentRange(range, asset.size);

    const body = request.method === 'HEAD' ? null : streamBytes(asset, start, end);
    return new Response(body, { status: range ? 206 : 200, headers });
  });
}

/**
 * Reads lazily, one stored chunk (at most CHUNK_SIZE) per pull, so a seek that cancels the
 * stream stops the reads too and a large file is never one Buffer.
 */
function streamBytes(file: ServedFile, start: number, end: number): ReadableStream<Uint8Array> {
  let pieces: Iterator<Buffer> | null = null;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      pieces ??= file.pieces(start, end)[Symbol.iterator]();
      const next = pieces.next();
      if (next.done) controller.close();
      else
        controller.enqueue(
          new Uint8Array(next.value.buffer, next.value.byteOffset, next.value.length),
        );
    },
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain' } });
}
