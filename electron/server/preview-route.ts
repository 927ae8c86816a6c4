/**
 * The learner preview, served from its own origin. GET /preview/<path> on the studio's host
 * redirects to a second loopback listener (another port, so another origin) that serves the
 * site the last `preview.*` call built under a random per-run path prefix.
 *
 * Why another origin: the preview frame must run scripts and submit quiz forms, and the
 * player's own requests (hls.js segment fetches, caption tracks) need a real origin. A frame
 * that is same-origin with the studio would, with those permissions, be able to read the
 * studio's page and call /rpc with the token cookie. From another port it can do neither: the
 * browser keeps it out of the studio's DOM, the studio host refuses its Origin, its CSP allows
 * connections only to itself, and the token cookie is HttpOnly. The random prefix keeps other
 * local pages from reading the preview, and the Host check keeps DNS rebinding out.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StudioFiles } from '../core/studio';
import { StudioError } from '../shared/errors';
import { securityHeaders, sendError } from './http-util';
import { sendStoredFile } from './media-route';

export const PREVIEW_PREFIX = '/preview/';

export interface PreviewHost {
  /** `http://127.0.0.1:<port>/<secret>/`: where preview files live. */
  base: string;
  port: number;
  close(): Promise<void>;
}

function previewPolicy(studioPort: number): string {
  return [
    "default-src 'self'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    // Quiz forms are handled by script; nothing may be posted anywhere.
    "form-action 'none'",
    `frame-ancestors http://127.0.0.1:${studioPort} http://localhost:${studioPort}`,
  ].join('; ');
}

/** Starts the preview listener for a studio whose own host listens on `studioPort`. */
export async function startPreviewHost(
  files: Pick<StudioFiles, 'readPreview'>,
  studioPort: number,
): Promise<PreviewHost> {
  const secret = randomBytes(18).toString('base64url');
  let port = 0;
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendError(response, 500, StudioError.from(error));
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host;
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return sendError(response, 403, new StudioError('FORBIDDEN', 'Unknown Host header.'));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendError(response, 405, new StudioError('INVALID_ARGUMENT', 'Method not allowed.'));
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const prefix = `/${secret}/`;
    let path = '';
    if (url.pathname.startsWith(prefix)) {
      try {
        path = decodeURIComponent(url.pathname.slice(prefix.length));
      } catch {
        path = '';
      }
    }
    const file = path ? files.readPreview(path) : null;
    if (!file) {
      return sendError(response, 404, new StudioError('NOT_FOUND', 'Nothing here.'));
    }
    return sendStoredFile(request, response, {
      ...file,
      headers: {
        ...securityHeaders,
        'content-security-policy': previewPolicy(studioPort),
        'cache-control': 'no-store',
      },
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}/${secret}/`,
    port,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * GET /preview/<path> on the studio's host: a redirect to the same file on the preview
 * origin, so the renderer keeps one relative preview URL for every host.
 */
export function redirectToPreview(preview: PreviewHost, response: ServerResponse, url: URL): void {
  const path = url.pathname.slice(PREVIEW_PREFIX.length);
  if (!path || path.split('/').some((part) => part === '..' || part === '.')) {
    return sendError(response, 404, new StudioError('NOT_FOUND', `Nothing at ${url.pathname}.`));
  }
  response.writeHead(302, {
    ...securityHeaders,
    location: preview.base + path + url.search + url.hash,
    'cache-control': 'no-store',
  });
  response.end();
}
