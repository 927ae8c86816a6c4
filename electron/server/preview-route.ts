/**
 * GET /preview/<path>: the learner player site the last `preview.*` call built, so the studio's
 * preview frame shows exactly what an export would ship. Framing by the studio itself is the
 * one thing this route allows that the rest of the host does not.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StudioFiles } from '../core/studio';
import { StudioError } from '../shared/errors';
import { securityHeaders, sendError } from './http-util';
import { sendStoredFile } from './media-route';

export const PREVIEW_PREFIX = '/preview/';

const previewPolicy = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

export async function servePreview(
  files: Pick<StudioFiles, 'readPreview'>,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname.slice(PREVIEW_PREFIX.length));
  } catch {
    path = '';
  }
  const file = path ? files.readPreview(path) : null;
  if (!file) {
    return sendError(response, 404, new StudioError('NOT_FOUND', `Nothing at ${url.pathname}.`));
  }
  return sendStoredFile(request, response, {
    ...file,
    headers: {
      ...securityHeaders,
      'content-security-policy': previewPolicy,
      'cache-control': 'no-store',
    },
  });
}
