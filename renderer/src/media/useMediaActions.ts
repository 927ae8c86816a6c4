/**
 * Upload-then-call for the media methods that take a file path: import, replace and captions.
 * Failures become a notice in the user's language; a cancelled upload is not a failure.
 */
import { useCallback, useMemo, useRef } from 'react';
import type { CaptionEncoding, CaptionPreview } from '../../../electron/shared/caption-encodings';
import type { ResultOf } from '../../../electron/shared/contract';
import { call } from '../api';
import { useT } from '../i18n/I18nProvider';
import { errorCode, errorText } from '../i18n/errorText';
import { useNotify } from '../notifications/Notifications';
import { isCaptionFile, isMediaFile } from './mediaFiles';
import { useUploads } from './UploadsProvider';

export interface MediaActions {
  /** Resolves with the new asset and its job, or null when refused, failed or cancelled. */
  importFile(file: File, lessonId?: string): Promise<ResultOf<'media.import'> | null>;
  replaceFile(assetId: string, file: File): Promise<ResultOf<'media.replace'> | null>;
  addCaptions(
    assetId: string,
    file: File,
    lang: string,
    encoding?: CaptionEncoding,
  ): Promise<boolean>;
  /** The file decoded as it would be stored; throws the StudioError that says why not. */
  previewCaptions(file: File, lang: string, encoding?: CaptionEncoding): Promise<CaptionPreview>;
}

/** The library name of an imported file: its name without the extension. */
export function mediaTitle(fileName: string): string | undefined {
  const title = fileName
    .replace(/\.[^.]+$/, '')
    .trim()
    .slice(0, 300);
  return title || undefined;
}

export function useMediaActions(): MediaActions {
  const t = useT();
  const notify = useNotify();
  const { upload } = useUploads();
  // A caption file is previewed (maybe in several encodings) and then added: upload it once.
  const uploadedCaptions = useRef(new WeakMap<File, Promise<string>>());
  const uploadCaptions = useCallback(
    (file: File) => {
      let path = uploadedCaptions.current.get(file);
      if (!path) {
        path = upload(file);
        uploadedCaptions.current.set(file, path);
        path.catch(() => uploadedCaptions.current.delete(file));
      }
      return path;
    },
    [upload],
  );

  const attempt = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | null> => {
      try {
        return await work();
      } catch (error) {
        if (errorCode(error) !== 'JOB_CANCELLED') notify(errorText(t, error));
        return null;
      }
    },
    [notify, t],
  );

  return useMemo<MediaActions>(
    () => ({
      importFile: async (file, lessonId) => {
        if (!isMediaFile(file)) {
          notify(t('media.notMediaFile', { name: file.name }));
          return null;
        }
        return attempt(async () =>
          call('media.import', { path: await upload(file), lessonId, name: mediaTitle(file.name) }),
        );
      },
      replaceFile: async (assetId, file) => {
        if (!isMediaFile(file)) {
          notify(t('media.notMediaFile', { name: file.name }));
          return null;
        }
        return attempt(async () => call('media.replace', { assetId, path: await upload(file) }));
      },
      addCaptions: async (assetId, file, lang, encoding) => {
        if (!isCaptionFile(file)) {
          notify(t('captions.notCaptionFile', { name: file.name }));
          return false;
        }
        const tracks = await attempt(async () =>
          call('captions.add', {
            assetId,
            path: await uploadCaptions(file),
            lang,
            ...(encoding ? { encoding } : {}),
          }),
        );
        return tracks !== null;
      },
      previewCaptions: async (file, lang, encoding) =>
        call('captions.preview', {
          path: await uploadCaptions(file),
          lang,
          ...(encoding ? { encoding } : {}),
        }),
    }),
    [attempt, notify, t, upload, uploadCaptions],
  );
}
