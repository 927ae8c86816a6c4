/**
 * GET /media/asset/<id> (the asset's main file) and /media/asset/<id>/<file> (e.g.
 * hls/master.m3u8, hls/720p/seg-3.m4s, captions/zh-CN.vtt): bytes straight from the project's
 * chunks, one chunk at a time, with Range and ETag so players seek and revalidate cheaply.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StudioFiles } from '../core/studio';
import { contentRange, parseByteRange } from '../shared/byte-range';
import { StudioError } from '../shared/errors';
import { contentTypeHeader, parseMediaPath } from '../shared/media-files';
import {
  DOWNLOAD_TYPE,
  mediaSecurityHeaders,
  servedMediaType,
  SNIFF_BYTES,
} from '../shared/served-media';
import { securityHeaders, sendError } from './http-util';

export const MEDIA_PREFIX = '/media/asset/';

export async function serveMedia(
  files: Pick<StudioFiles, 'readAsset'>,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const target = parseMediaPath(url.pathname.slice(MEDIA_PREFIX.length));
  const file = target ? files.readAsset(target.assetId, target.name) : null;
  if (!file)
    return sendError(response, 404, new StudioError('NOT_FOUND', `Nothing at ${url.pathname}.`));
  // The stored type is the course file's word only: serve what the role and bytes allow.
  const mime = servedMediaType(target?.name, file.read(0, SNIFF_BYTES), file.mime);
  return sendStoredFile(request, response, {
    ...file,
    mime,
    headers: {
      ...securityHeaders,
      ...mediaSecurityHeaders,
      ...(mime === DOWNLOAD_TYPE ? { 'content-disposition': 'attachment' } : {}),
      // Replacing a video keeps its URLs: revalidate (cheap, by ETag) instead of caching blindly.
      'cache-control': 'private, no-cache',
    },
    etag: `"${file.sha256}"`,
  });
}

export interface StoredFileResponse {
  mime: string;
  size: number;
  pieces(start: number, end: number): Iterable<Buffer>;
  headers: Record<string, string>;
  etag?: string;
}

/** Sends a file kept in the project (media or preview), honouring Range and If-None-Match. */
export async function sendStoredFile(
  request: IncomingMessage,
  response: ServerResponse,
  file: StoredFileResponse,
): Promise<void> {
  const headers: Record<string, string> = {
    ...file.headers,
    'content-type': contentTypeHeader(file.mime),
    'accept-ranges': 'bytes',
    ...(file.etag ? { etag: file.etag } : {}),
  };
  if (file.etag && request.headers['if-none-match'] === file.etag) {
    response.writeHead(304, headers);
    return void response.end();
  }
  const range = parseByteRange(request.headers.range, file.size);
  if (range === 'unsatisfiable') {
    response.writeHead(416, { ...headers, 'content-range': `bytes */${file.size}` });
    return void response.end();
  }
  const { start, end } = range ?? { start: 0, end: file.size };
  response.writeHead(range ? 206 : 200, {
    ...headers,
    'content-length': String(end - start),
    ...(range ? { 'content-range': contentRange(range, file.size) } : {}),
  });
  if (request.method === 'HEAD') return void response.end();
  // Pulled one stored chunk at a time as the socket drains; a player that seeks away or a
  // read that fails ends this response (pipeline destroys both sides), never the host.
  try {
    await pipeline(Readable.from(file.pieces(start, end)), response);
  } catch {
    response.destroy();
  }
}
