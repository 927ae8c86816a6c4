/**
 * studio-media://asset/<assetId>: asset bytes straight from the project file, for <img>,
 * <video> and hls.js. Honours single byte ranges so video can seek without loading it all.
 */
import { protocol } from 'electron';
import type { Studio } from '../core/studio';
import { contentRange, parseByteRange } from '../shared/byte-range';
import { APP_ORIGIN, MEDIA_SCHEME } from './schemes';

/** Big enough to keep the pipe busy, small enough not to hold the main thread for long. */
const CHUNK_BYTES = 512 * 1024;

export function handleMediaProtocol(studio: Pick<Studio, 'readAsset'>): void {
  protocol.handle(MEDIA_SCHEME, (request) => {
    const url = new URL(request.url);
    const assetId = url.host === 'asset' ? decodeAssetId(url.pathname) : null;
    const asset = assetId ? studio.readAsset(assetId) : null;
    if (!asset) return plain(404, 'Not found');

    const headers: Record<string, string> = {
      'Content-Type': asset.mime,
      'Accept-Ranges': 'bytes',
      // The renderer (app://studio) fetches segments cross-origin for hls.js.
      'Access-Control-Allow-Origin': APP_ORIGIN,
      'Access-Control-Expose-Headers': 'Content-Range, Content-Length, Accept-Ranges',
      'X-Content-Type-Options': 'nosniff',
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

    const body =
      request.method === 'HEAD' ? null : streamBytes((a, b) => asset.read(a, b), start, end);
    return new Response(body, { status: range ? 206 : 200, headers });
  });
}

/** "/<assetId>" -> assetId; null for anything with more path segments. */
function decodeAssetId(pathname: string): string | null {
  try {
    const id = decodeURIComponent(pathname.replace(/^\//, ''));
    return id && !id.includes('/') ? id : null;
  } catch {
    return null;
  }
}

/** Reads lazily, one chunk per pull, so a seek that cancels the stream stops the reads too. */
function streamBytes(
  read: (start: number, end: number) => Buffer,
  start: number,
  end: number,
): ReadableStream<Uint8Array> {
  let position = start;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (position >= end) {
        controller.close();
        return;
      }
      const next = Math.min(position + CHUNK_BYTES, end);
      controller.enqueue(new Uint8Array(read(position, next)));
      position = next;
    },
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain' } });
}
