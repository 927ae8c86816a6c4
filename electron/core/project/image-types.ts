import { StudioError } from '../../shared/errors';
import { sniffImageMime } from '../../shared/served-media';

/**
 * The image type the bytes really are. The name and the browser's MIME type are not trusted,
 * and SVG is refused: it can carry script.
 */
export function detectImageMime(bytes: Buffer, name: string): string {
  const mime = sniffImageMime(bytes);
  if (!mime) {
    throw new StudioError(
      'UNSUPPORTED_IMAGE',
      `${name} is not a PNG, JPEG, GIF, WebP or AVIF image.`,
      { name },
    );
  }
  return mime;
}
