import { StudioError } from '../../shared/errors';

const signatures: { mime: string; test(bytes: Buffer): boolean }[] = [
  {
    mime: 'image/png',
    test: (b) =>
      b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { mime: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    mime: 'image/gif',
    test: (b) => b.toString('latin1', 0, 6) === 'GIF87a' || b.toString('latin1', 0, 6) === 'GIF89a',
  },
  {
    mime: 'image/webp',
    test: (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
  },
  { mime: 'image/avif', test: (b) => b.toString('latin1', 4, 12) === 'ftypavif' },
];

/**
 * The image type the bytes really are. The name and the browser's MIME type are not trusted,
 * and SVG is refused: it can carry script.
 */
export function detectImageMime(bytes: Buffer, name: string): string {
  const match = signatures.find((signature) => signature.test(bytes));
  if (!match) {
    throw new StudioError(
      'UNSUPPORTED_IMAGE',
      `${name} is not a PNG, JPEG, GIF, WebP or AVIF image.`,
      { name },
    );
  }
  return match.mime;
}
