/**
 * Serves the built renderer at app://studio/ with a strict CSP. A custom scheme (rather than
 * file://) gives the page a real origin, so 'self' means "our bundle" and nothing else on disk.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { rendererDir } from './paths';
import { APP_HOST, APP_SCHEME, MEDIA_SCHEME } from './schemes';

/**
 * connect-src also allows studio-media: because hls.js fetches playlists and segments with
 * fetch/XHR; everything else is the bundle itself.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `img-src 'self' ${MEDIA_SCHEME}: data: blob:`,
  `media-src 'self' ${MEDIA_SCHEME}: blob:`,
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  `connect-src 'self' ${MEDIA_SCHEME}:`,
  // The lesson and course preview: the learner player served from the project.
  `frame-src ${MEDIA_SCHEME}:`,
  // hls.js demuxes in a worker it starts from a blob: URL.
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

// Module scripts are refused without a JavaScript MIME type, so we cannot leave it to sniffing.
const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.vtt': 'text/vtt; charset=utf-8',
};

export function handleAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveInsideRenderer(url.pathname) : null;
    if (!file) return notFound();
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return notFound();
    }
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}

/** Maps a URL path to a file in the renderer build; null if it would escape that folder. */
function resolveInsideRenderer(pathname: string): string | null {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname).replace(/^\/+/, '') || 'index.html';
  } catch {
    return null;
  }
  const file = path.resolve(rendererDir, relative);
  return file.startsWith(rendererDir + path.sep) ? file : null;
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
}
