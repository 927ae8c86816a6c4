/**
 * Any tus 1.0 server (in-house platforms, a university's media store) through tus-js-client.
 * The upload's URL is kept in the job's state as soon as the server assigns it, so an upload
 * cut by a lost network, a quit or a crash resumes at the server's offset (tus `HEAD`) instead
 * of starting over. The package's name and sha-256 travel in the upload metadata, so the
 * receiving side can check what it got.
 */
import { createReadStream } from 'node:fs';
import { Upload, type DetailedError } from 'tus-js-client';
import { StudioError } from '../../shared/errors';
import type { Connector } from './connector';
import { errorForStatus, throwIfCancelled } from './http';

/** Chunks bound what is re-sent after a cut: at most one chunk crosses the wire twice. */
const CHUNK_BYTES = 8 * 1024 * 1024;

export const publishToTus: Connector = async ({ pkg, profile, context, state }) => {
  const endpoint = profile.url;
  const host = new URL(endpoint).host;
  const saved = state.read();
  // Resume only an upload of these very bytes.
  const uploadUrl =
    saved.sha256 === pkg.sha256 && typeof saved.uploadUrl === 'string' ? saved.uploadUrl : null;
  if (uploadUrl) context.log(`Resuming the upload at ${uploadUrl}`);
  throwIfCancelled(context.signal);

  const finalUrl = await new Promise<string>((resolve, reject) => {
    const upload: Upload = new Upload(createReadStream(pkg.path), {
      endpoint,
      uploadUrl,
      uploadSize: pkg.size,
      chunkSize: CHUNK_BYTES,
      retryDelays: context.retry.delaysMs,
      metadata: { filename: pkg.fileName, filetype: 'application/zip', sha256: pkg.sha256 },
      // The job keeps the URL (it survives a restart); tus-js-client's own store would not.
      storeFingerprintForResuming: false,
      onUploadUrlAvailable: () => {
        if (upload.url) state.write({ uploadUrl: upload.url, sha256: pkg.sha256 });
      },
      onProgress: (sent, total) => context.report(total > 0 ? sent / total : 0, 'uploading'),
      onSuccess: () => resolve(upload.url ?? endpoint),
      onError: (error) => reject(tusError(error, host)),
    });
    const abort = () => {
      void upload
        .abort(false)
        .then(() => reject(new StudioError('JOB_CANCELLED', 'The publish was cancelled.')));
    };
    context.signal.addEventListener('abort', abort, { once: true });
    upload.start();
  });
  context.report(1, 'uploaded');
  return { result: 'succeeded', remoteId: finalUrl, url: finalUrl, messages: [], steps: [] };
};

function tusError(error: Error | DetailedError, host: string): StudioError {
  const response = (error as DetailedError).originalResponse;
  const status = response?.getStatus() ?? 0;
  if (status === 0)
    return new StudioError('PUBLISH_NETWORK', `Could not reach ${host}.`, {
      host,
      reason: error.message,
    });
  return errorForStatus(status, host, response?.getBody() ?? '');
}
