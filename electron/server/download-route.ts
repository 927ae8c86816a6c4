/**
 * GET /download?path=<file>: an exported package streamed to the browser, for the Export
 * dialog's "Download" in the browser mode (a web page cannot open the file on disk). Behind
 * the host's token like every route, and only for files the file browser may show (the home
 * folder and the open course's folder, symlinks resolved).
 */
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename } from 'node:path';
import { browseRoots, resolveInsideRoots } from '../core/files/browse';
import { openCoursePath } from '../core/files/handlers';
import type { Studio } from '../core/studio';
import { StudioError } from '../shared/errors';
import { securityHeaders, sendError } from './http-util';

export const DOWNLOAD_PATH = '/download';

export function serveDownload(
  studio: Studio,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): void {
  const requested = url.searchParams.get('path') ?? '';
  let file: string;
  let size: number;
  try {
    file = resolveInsideRoots(requested, browseRoots(openCoursePath(studio)));
    const stats = statSync(file);
    if (!stats.isFile()) {
      throw new StudioError('NOT_FOUND', 'Only a packaged export (a file) can be downloaded.', {
        path: requested,
      });
    }
    size = stats.size;
  } catch (error) {
    const studioError = StudioError.from(error);
    const status = studioError.code === 'PATH_OUTSIDE_ROOTS' ? 403 : 404;
    return sendError(response, status, studioError);
  }
  // RFC 6266: an ASCII fallback name plus the real (UTF-8) one, e.g. a Chinese course title.
  const name = basename(file);
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  response.writeHead(200, {
    ...securityHeaders,
    'content-type': 'application/octet-stream',
    'content-length': String(size),
    'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'cache-control': 'no-store',
  });
  if (request.method === 'HEAD') return void response.end();
  createReadStream(file).pipe(response);
}
