/**
 * The names of the files inside a media asset, and their content types. The importer writes
 * these names, the hosts serve them under /media/asset/<id>/<name> and studio-media://, the
 * exporters and the player read them: one table, so they cannot drift apart.
 */

/** Fixed names; renditions live under `hls/<rung>p/` (index.m3u8, init.mp4, seg-<n>.m4s). */
export const mediaFileNames = {
  master: 'hls/master.m3u8',
  video: 'video.mp4',
  audio: 'audio.m4a',
  poster: 'poster.jpg',
  sprite: 'thumbs/sprite.jpg',
  thumbnails: 'thumbs/thumbs.vtt',
  /** An image or other single-file asset. */
  original: 'original',
} as const;

export const renditionDir = (rung: number): string => `hls/${rung}p`;
export const captionFileName = (lang: string): string => `captions/${lang}.vtt`;

const mimeByExtension: Record<string, string> = {
  m3u8: 'application/vnd.apple.mpegurl',
  m4s: 'video/iso.segment',
  mp4: 'video/mp4',
  m4a: 'audio/mp4',
  jpg: 'image/jpeg',
  vtt: 'text/vtt',
  srt: 'application/x-subrip',
};

/** The content type a file of an asset is stored and served with. */
export function mimeForMediaFile(name: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return mimeByExtension[extension] ?? 'application/octet-stream';
}

/** Text types are always UTF-8 here; say so, or browsers guess (and get Chinese wrong). */
export function contentTypeHeader(mime: string): string {
  return mime.startsWith('text/') || mime === 'application/vnd.apple.mpegurl'
    ? `${mime}; charset=utf-8`
    : mime;
}

/**
 * A relative file name made of plain segments: no `..`, no leading `/`, no backslashes or
 * drive letters. Names come from URLs and get written to disk by `media extract`, so
 * anything else is refused rather than cleaned up.
 */
export function isSafeMediaFileName(name: string): boolean {
  if (name.length === 0 || name.length > 200) return false;
  return name
    .split('/')
    .every((segment) => /^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(segment) && segment !== '..');
}

/**
 * "<assetId>[/<file path>]" as it appears in /media/asset/... and studio-media://asset/...,
 * each segment URL-decoded; null for anything unsafe. Without a file: the asset's main file.
 */
export function parseMediaPath(path: string): { assetId: string; name?: string } | null {
  let segments: string[];
  try {
    segments = path.split('/').map(decodeURIComponent);
  } catch {
    return null;
  }
  const [assetId, ...rest] = segments;
  if (!assetId || !/^[A-Za-z0-9_-]{1,64}$/.test(assetId)) return null;
  if (rest.length === 0) return { assetId };
  const name = rest.join('/');
  return isSafeMediaFileName(name) ? { assetId, name } : null;
}
