/** `captions.preview`: a caption file decoded as it would be stored, and nothing written. */
import type { StudioHandlers } from '../../shared/contract';
import { previewCaptionFile } from './caption-files';

export function captionPreviewHandlers(): Pick<StudioHandlers, 'captions.preview'> {
  return {
    'captions.preview': ({ path, lang, encoding }) =>
      previewCaptionFile(path, { lang, ...(encoding ? { encoding } : {}) }),
  };
}
