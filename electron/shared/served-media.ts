/**
 * The content type a host may serve an asset file with. A .course file is untrusted input: its
 * stored MIME type could say `text/html`, and a page served from the studio's own origin could
 * call /rpc with the studio's cookie. So the type is derived from the file's role (its fixed
 * name inside the asset) and confirmed by its first bytes; anything else is served as
 * `application/octet-stream`, as a download, in a sandbox. Both hosts (the web host's /media
 * and Electron's studio-media:) use this one table.
 */

/** How many leading bytes `servedMediaType` looks at. */
export const SNIFF_BYTES = 16;

/**
 * Sent with every asset file: no type guessing, and should a browser render one as a
 * document anyway, it gets a unique origin with no script, no forms and no requests.
 */
export const mediaSecurityHeaders: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "sandbox; default-src 'none'",
};

/** The safe fallback: browsers download it, never render it. */
export const DOWNLOAD_TYPE = 'application/octet-stream';

const latin1 = (bytes: Uint8Array, from: number, to: number): string =>
  String.fromCharCode(...bytes.subarray(from, to));

const imageSignatures: { mime: string; test(b: Uint8Array): boolean }[] = [
  {
    mime: 'image/png',
    test: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((x, i) => b[i] === x),
  },
  { mime: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/gif', test: (b) => ['GIF87a', 'GIF89a'].includes(latin1(b, 0, 6)) },
  { mime: 'image/webp', test: (b) => latin1(b, 0, 4) === 'RIFF' && latin1(b, 8, 12) === 'WEBP' },
  { mime: 'image/avif', test: (b) => latin1(b, 4, 12) === 'ftypavif' },
];

/** The raster image type the bytes really are (never SVG, which can carry script), or null. */
export function sniffImageMime(head: Uint8Array): string | null {
  return imageSignatures.find((signature) => signature.test(head))?.mime ?? null;
}

/** An ISO BMFF box at the start: MP4, an fMP4 init segment or a media segment. */
function isIsoMedia(head: Uint8Array): boolean {
  return ['ftyp', 'styp', 'moof', 'sidx', 'moov', 'free', 'mdat'].includes(latin1(head, 4, 8));
}

function startsWithText(head: Uint8Array, text: string): boolean {
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return latin1(head, bom, bom + text.length) === text;
}

/**
 * The type to serve `name` (a file of an asset; undefined for the asset's main file) with,
 * given its first `SNIFF_BYTES` bytes and the type the project stored for it.
 */
export function servedMediaType(
  name: string | undefined,
  head: Uint8Array,
  storedMime: string,
): string {
  const role = name ?? 'main';
  if (role === 'main' || role === 'original') {
    const image = sniffImageMime(head);
    if (image) return image;
    if (isIsoMedia(head)) return storedMime === 'audio/mp4' ? 'audio/mp4' : 'video/mp4';
    return DOWNLOAD_TYPE;
  }
  if (role.endsWith('.m3u8'))
    return startsWithText(head, '#EXTM3U') ? 'application/vnd.apple.mpegurl' : DOWNLOAD_TYPE;
  if (role.endsWith('.vtt')) return startsWithText(head, 'WEBVTT') ? 'text/vtt' : DOWNLOAD_TYPE;
  if (role.endsWith('.jpg'))
    return sniffImageMime(head) === 'image/jpeg' ? 'image/jpeg' : DOWNLOAD_TYPE;
  if (role.endsWith('.m4s')) return isIsoMedia(head) ? 'video/iso.segment' : DOWNLOAD_TYPE;
  if (role.endsWith('.mp4')) return isIsoMedia(head) ? 'video/mp4' : DOWNLOAD_TYPE;
  if (role.endsWith('.m4a')) return isIsoMedia(head) ? 'audio/mp4' : DOWNLOAD_TYPE;
  return DOWNLOAD_TYPE;
}
