/**
 * Hands a file from the browser to the web host (`POST /upload?name=…`), which streams it to a
 * temporary file and replies with its path for `media.import`, `media.replace` or
 * `captions.add`. XMLHttpRequest rather than fetch because only it reports upload progress.
 * The host's token travels as the cookie the page got when it loaded, like every other request.
 */
import { isStudioErrorData, StudioError } from '../../../electron/shared/errors';
import { nativePathForFile } from '../api';

export interface UploadProgress {
  loaded: number;
  total: number;
}

export function uploadFile(
  file: File,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<string> {
  // The desktop app imports the file where it is: nothing to upload.
  const localPath = nativePathForFile?.(file);
  if (localPath) {
    onProgress({ loaded: file.size, total: file.size });
    return Promise.resolve(localPath);
  }
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/upload?name=${encodeURIComponent(file.name)}`);
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.upload.onprogress = (event) =>
      onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    request.onload = () => {
      const reply = parseReply(request.responseText);
      if (reply.ok && typeof reply.path === 'string') resolve(reply.path);
      else reject(reply.error ?? new StudioError('INTERNAL', `Upload failed (${request.status}).`));
    };
    // A network failure reads like a failed fetch, which the UI explains as "host unreachable".
    request.onerror = () => reject(new StudioError('INTERNAL', 'Failed to fetch'));
    request.onabort = () => reject(new StudioError('JOB_CANCELLED', 'The upload was cancelled.'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(file);
  });
}

function parseReply(text: string): { ok: boolean; path?: unknown; error?: StudioError } {
  try {
    const reply = JSON.parse(text) as { ok?: unknown; value?: { path?: unknown }; error?: unknown };
    if (reply.ok === true) return { ok: true, path: reply.value?.path };
    return {
      ok: false,
      error: isStudioErrorData(reply.error) ? StudioError.from(reply.error) : undefined,
    };
  } catch {
    return { ok: false };
  }
}
