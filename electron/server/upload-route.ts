/**
 * POST /upload?name=<file name>: a browser's way to hand a dropped file to `media.import`,
 * which takes paths. The raw body streams to a new file under the studio's temp folder (never
 * held in memory), capped in size; the reply names the path to import.
 */
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PRIVATE_FILE_MODE } from '../core/jobs/temp';
import { newUploadDir } from '../core/media/uploads';
import { StudioError } from '../shared/errors';
import { sendError, sendJson } from './http-util';

/** Lecture recordings can be long and large; anything past this is refused. */
export const MAX_UPLOAD_BYTES = 20 * 1024 ** 3;

export async function receiveUpload(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  limit = MAX_UPLOAD_BYTES,
): Promise<void> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    return sendError(response, 413, tooLarge(limit));
  }
  const dir = newUploadDir();
  const path = join(dir, uploadName(url.searchParams.get('name')));
  let received = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      done(received > limit ? tooLarge(limit) : null, chunk);
    },
  });
  try {
    await pipeline(
      request,
      counter,
      createWriteStream(path, { flags: 'wx', mode: PRIVATE_FILE_MODE }),
    );
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    const clientLeft = request.destroyed && !(error instanceof StudioError);
    if (response.destroyed || clientLeft) return;
    const failure = StudioError.from(error);
    return sendError(response, failure.code === 'FILE_TOO_LARGE' ? 413 : 400, failure);
  }
  sendJson(response, 200, { ok: true, value: { path, size: received } });
}

/** Keeps the extension (ffprobe's hint) but nothing that could leave the folder. */
function uploadName(name: string | null): string {
  const base = basename(name ?? '')
    .replace(/[^\w.\- ]+/g, '_')
    .replace(/^\.+/, '')
    .slice(-120);
  return base || 'upload';
}

function tooLarge(limit: number): StudioError {
  return new StudioError('FILE_TOO_LARGE', `Uploads are limited to ${limit} bytes.`, { limit });
}
