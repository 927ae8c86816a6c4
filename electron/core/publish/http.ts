/**
 * HTTP for connectors: fetch with the job's AbortSignal, retries with backoff for what is
 * transient (the network dropped, a gateway timed out, the platform asked us to slow down),
 * and one mapping from status codes to coded errors a teacher can act on.
 */
import { open } from 'node:fs/promises';
import { StudioError } from '../../shared/errors';

export interface RetryPolicy {
  /** Delays before each retry; its length is the number of retries. */
  delaysMs: number[];
}

export const defaultRetry: RetryPolicy = { delaysMs: [1_000, 3_000, 10_000, 30_000] };

/** What every connector gets from its job. */
export interface ConnectorContext {
  signal: AbortSignal;
  /** Progress over the whole publish, 0..1, with the phase the platform is in. */
  report(fraction: number, phase: string): void;
  log(message: string): void;
  retry: RetryPolicy;
  /** How long to wait between status polls. */
  pollMs: number;
}

const transientStatuses = new Set([408, 429, 502, 503, 504]);
const transientCodes = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Whether a thrown fetch error is the network failing (retry), not a bug. */
function isNetworkError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const cause = (error as { cause?: { code?: string } }).cause;
  return error.name === 'TypeError' || transientCodes.has(cause?.code ?? '');
}

export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new StudioError('JOB_CANCELLED', 'The publish was cancelled.');
}

export async function sleep(ms: number, signal: AbortSignal): Promise<void> {
  throwIfCancelled(signal);
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
  throwIfCancelled(signal);
}

/**
 * Sends a request, retrying transient failures. `init` is a function so a streamed body is
 * made anew for each attempt. Returns the response of the last attempt, whatever its status.
 */
export async function send(
  url: string,
  init: () => RequestInit,
  context: ConnectorContext,
): Promise<Response> {
  for (let attempt = 0; ; attempt += 1) {
    throwIfCancelled(context.signal);
    let response: Response | null = null;
    let failure: unknown = null;
    try {
      response = await fetch(url, { ...init(), signal: context.signal, redirect: 'manual' });
    } catch (error) {
      if (context.signal.aborted) throwIfCancelled(context.signal);
      if (!isNetworkError(error)) throw error;
      failure = error;
    }
    if (response && !transientStatuses.has(response.status)) return response;
    const delay = context.retry.delaysMs[attempt];
    if (delay === undefined) {
      if (response) return response;
      throw new StudioError('PUBLISH_NETWORK', `Could not reach ${new URL(url).host}.`, {
        host: new URL(url).host,
        reason: failure instanceof Error ? failure.message : String(failure),
      });
    }
    await response?.body?.cancel();
    context.log(
      `${new URL(url).host}: ${response ? `HTTP ${response.status}` : 'network error'}; retrying in ${delay / 1000} s`,
    );
    await sleep(delay, context.signal);
  }
}

/** Reads a JSON body, or null when the body is not JSON (an HTML error page, say). */
export async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * The coded error for a failed response: 401 wrong or expired credentials, 403 no permission,
 * 404 course not found, 413 too large. `platformMessage` is the platform's own words.
 */
export function errorForStatus(status: number, host: string, platformMessage: string): StudioError {
  const details = { host, status, platformMessage };
  if (status === 401)
    return new StudioError('PUBLISH_AUTH_FAILED', `${host} refused the credentials.`, details);
  if (status === 403)
    return new StudioError('PUBLISH_FORBIDDEN', `${host}: no permission for this course.`, details);
  if (status === 404)
    return new StudioError('PUBLISH_NOT_FOUND', `${host}: the course was not found.`, details);
  if (status === 413)
    return new StudioError('PUBLISH_TOO_LARGE', `${host}: the package is too large.`, details);
  return new StudioError(
    'PUBLISH_REJECTED',
    `${host} answered ${status}${platformMessage ? `: ${platformMessage}` : ''}`,
    details,
  );
}

/**
 * A multipart/form-data body: text fields, then one file streamed from disk last (Canvas's
 * upload URL and Open edX's import view both read the file field after the others). Counts
 * the file's bytes as they are sent, for a progress bar.
 */
export function multipartBody(
  fields: [string, string][],
  file: { field: string; path: string; name: string; size: number; type: string },
  onBytes: (sent: number) => void,
): { init: () => RequestInit } {
  const boundary = `----CourseStudio${Math.random().toString(16).slice(2)}${Date.now()}`;
  const quote = (value: string) => value.replace(/["\r\n]/g, (c) => encodeURIComponent(c));
  const head = fields
    .map(
      ([name, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`,
    )
    .join('');
  const fileHead =
    `--${boundary}\r\nContent-Disposition: form-data; name="${quote(file.field)}"; ` +
    `filename="${quote(file.name)}"\r\nContent-Type: ${file.type}\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  const before = Buffer.from(head + fileHead, 'utf8');
  const after = Buffer.from(tail, 'utf8');
  const length = before.length + file.size + after.length;
  return {
    init: () => ({
      method: 'POST',
      headers: {
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'Content-Length': String(length),
      },
      body: fileStream(file.path, before, after, onBytes),
      duplex: 'half',
    }),
  };
}

function fileStream(
  path: string,
  before: Buffer,
  after: Buffer,
  onBytes: (sent: number) => void,
): ReadableStream<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  let sent = 0;
  let stage: 'before' | 'file' | 'after' | 'done' = 'before';
  const buffer = Buffer.alloc(256 * 1024);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (stage === 'before') {
        stage = 'file';
        handle = await open(path, 'r');
        controller.enqueue(before);
        return;
      }
      if (stage === 'file') {
        const { bytesRead } = await handle!.read(buffer, 0, buffer.length, null);
        if (bytesRead > 0) {
          sent += bytesRead;
          onBytes(sent);
          controller.enqueue(Uint8Array.from(buffer.subarray(0, bytesRead)));
          return;
        }
        stage = 'after';
        await handle!.close();
        handle = null;
      }
      if (stage === 'after') {
        stage = 'done';
        controller.enqueue(after);
        controller.close();
      }
    },
    async cancel() {
      await handle?.close();
    },
  });
}
