import type { IncomingMessage, ServerResponse } from 'node:http';
import { StudioError } from '../shared/errors';

/** The largest request body the host accepts: a lesson with images inlined as base64. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export const securityHeaders: Record<string, string> = {
  'content-security-policy': [
    "default-src 'self'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "script-src 'self'",
    "connect-src 'self'",
    // hls.js demuxes in a worker it starts from a blob: URL.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    ...securityHeaders,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(json);
}

export function sendError(response: ServerResponse, status: number, error: StudioError): void {
  sendJson(response, status, { ok: false, error: error.toJSON() });
}

export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of request as AsyncIterable<Buffer>) {
    size += part.length;
    if (size > MAX_BODY_BYTES) {
      throw new StudioError('FILE_TOO_LARGE', `Requests are limited to ${MAX_BODY_BYTES} bytes.`);
    }
    parts.push(part);
  }
  const text = Buffer.concat(parts).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new StudioError('INVALID_ARGUMENT', 'The request body is not JSON.');
  }
}
