import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { securityHeaders } from './http-util';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.ico': 'image/x-icon',
};

/**
 * Serves the built renderer; never a file outside `root`. Returns false when nothing matched.
 * `headers` override the security headers (the studio page's CSP names its preview origin).
 */
export function serveStatic(
  root: string,
  urlPath: string,
  response: ServerResponse,
  headers: Record<string, string> = {},
): boolean {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return false;
  }
  const file = normalize(join(root, relative));
  if (!file.startsWith(root + sep)) return false;
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return false;
    size = stats.size;
  } catch {
    return false;
  }
  response.writeHead(200, {
    ...securityHeaders,
    ...headers,
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'content-length': String(size),
    'cache-control': file.endsWith('.html') ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  // pipeline, not pipe: a file that vanishes (a rebuild) or a client that leaves must end
  // this one response, not crash the host with an unhandled stream error.
  pipeline(createReadStream(file), response).catch(() => response.destroy());
  return true;
}
