/**
 * The local web host: the studio in a browser tab. It serves the built renderer, the contract
 * at POST /rpc/<method>, events over Server-Sent Events at /events, asset files at
 * /media/asset/<id>[/<file>], uploads for media import at POST /upload, exported packages at
 * GET /download (download-route.ts), and redirects /preview/<path> to the learner preview on
 * its own origin (preview-route.ts). It binds 127.0.0.1 only and answers only requests that carry the per-run token and name this host,
 * so other local pages and DNS rebinding cannot reach a course.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch, type Reply } from '../shared/contract';
import { StudioError } from '../shared/errors';
import type { Studio } from '../core/studio';
import { readJsonBody, securityHeaders, sendError, sendJson } from './http-util';
import { DOWNLOAD_PATH, serveDownload } from './download-route';
import { MEDIA_PREFIX, serveMedia } from './media-route';
import {
  PREVIEW_PREFIX,
  redirectToPreview,
  startPreviewHost,
  type PreviewHost,
} from './preview-route';
import { serveStatic } from './static-files';
import { receiveUpload } from './upload-route';
import { removeStaleUploads } from '../core/media/uploads';

export interface WebHostOptions {
  studio: Studio;
  /** Folder of the built renderer (index.html and assets). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * Cookies are shared by every port of 127.0.0.1, so each host names its cookie after its own
 * port: two studios in one browser keep their own tokens instead of overwriting each other.
 */
const cookieName = (port: number): string => `course_studio_token_${port}`;

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(24).toString('base64url');
  removeStaleUploads();
  const streams = new Set<ServerResponse>();
  let port = 0;
  let preview: PreviewHost | null = null;

  const unsubscribe = options.studio.onEvent((event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendError(response, 500, StudioError.from(error));
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (!isOwnHost(request.headers.host, port)) {
      return sendError(response, 403, new StudioError('FORBIDDEN', 'Unknown Host header.'));
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !isOwnHost(origin.replace(/^http:\/\//, ''), port)) {
      return sendError(
        response,
        403,
        new StudioError('FORBIDDEN', 'Requests from other sites are refused.'),
      );
    }
    const presented = presentedToken(request, url, cookieName(port));
    if (presented === null) {
      return sendError(
        response,
        401,
        new StudioError('UNAUTHORIZED', 'Open the address Course Studio printed, with its token.'),
      );
    }
    if (!sameToken(presented, token)) {
      return sendError(
        response,
        403,
        new StudioError('FORBIDDEN', 'The token does not match this Course Studio.'),
      );
    }

    if (request.method === 'POST' && url.pathname.startsWith('/rpc/'))
      return rpc(request, response, url);
    if (request.method === 'GET' && url.pathname === '/events') return events(request, response);
    if (request.method === 'POST' && url.pathname === '/upload')
      return receiveUpload(request, response, url);
    if (
      (request.method === 'GET' || request.method === 'HEAD') &&
      url.pathname.startsWith(MEDIA_PREFIX)
    )
      return serveMedia(options.studio.files, request, response, url);
    if ((request.method === 'GET' || request.method === 'HEAD') && url.pathname === DOWNLOAD_PATH)
      return serveDownload(options.studio, request, response, url);
    if (
      (request.method === 'GET' || request.method === 'HEAD') &&
      url.pathname.startsWith(PREVIEW_PREFIX) &&
      preview
    )
      return redirectToPreview(preview, response, url);
    if (request.method === 'GET' || request.method === 'HEAD') {
      if (url.searchParams.get('token') === token) {
        // The page's own requests (scripts, images, EventSource) carry the token as a cookie.
        response.setHeader(
          'set-cookie',
          `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        );
      }
      const pageHeaders = preview ? studioPageHeaders(preview) : {};
      if (serveStatic(options.rendererDir, url.pathname, response, pageHeaders)) return;
      if (url.pathname === '/') {
        return sendError(
          response,
          503,
          new StudioError('NOT_FOUND', 'The studio UI is not built: run npm run build:renderer.'),
        );
      }
      return sendError(response, 404, new StudioError('NOT_FOUND', `Nothing at ${url.pathname}.`));
    }
    return sendError(response, 405, new StudioError('INVALID_ARGUMENT', 'Method not allowed.'));
  }

  async function rpc(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    let method: string;
    try {
      method = decodeURIComponent(url.pathname.slice('/rpc/'.length));
    } catch {
      // A malformed escape (`/rpc/%E0%A4%A`) is the caller's mistake, not the host's.
      return sendError(
        response,
        400,
        new StudioError('INVALID_ARGUMENT', 'The method name in the address is not valid.'),
      );
    }
    const clientHeader = request.headers['x-studio-client'];
    const client =
      typeof clientHeader === 'string' && clientHeader.length <= 64 ? clientHeader : 'web';
    let reply: Reply;
    try {
      const args = await readJsonBody(request);
      reply = {
        ok: true,
        value: await dispatch(options.studio.handlers, method, args, { origin: client }),
      };
    } catch (error) {
      reply = { ok: false, error: StudioError.from(error).toJSON() };
    }
    // Failures are answers, not transport errors: the body says what went wrong.
    sendJson(response, 200, reply);
  }

  function events(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, {
      ...securityHeaders,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    streams.add(response);
    const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), 15_000);
    request.on('close', () => {
      clearInterval(keepAlive);
      streams.delete(response);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const previewHost = await startPreviewHost(options.studio.files, port);
  preview = previewHost;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    async close() {
      unsubscribe();
      for (const stream of streams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await previewHost.close();
    },
  };
}

/** The studio page may frame its preview origin, and nothing else. */
function studioPageHeaders(preview: PreviewHost): Record<string, string> {
  const policy = securityHeaders['content-security-policy'] ?? '';
  const previewOrigin = `http://127.0.0.1:${preview.port} http://localhost:${preview.port}`;
  return { 'content-security-policy': `${policy}; frame-src 'self' ${previewOrigin}` };
}

function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function presentedToken(request: IncomingMessage, url: URL, cookie: string): string | null {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length);
  const query = url.searchParams.get('token');
  if (query !== null) return query;
  const found = request.headers.cookie
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${cookie}=`));
  return found ? found.slice(cookie.length + 1) : null;
}

function sameToken(presented: string, token: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
