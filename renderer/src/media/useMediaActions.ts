/**
 * Upload-then-call for the media methods that take a file path: import, replace and captions.
 * Failures become a notice in the user's language; a cancelled upload is not a failure.
 */
import { useCallback, useMemo } from 'react';
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
  addCaptions(assetId: string, file: File, lang: string): Promise<boolean>;
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
      addCaptions: async (assetId, file, lang) => {
        if (!isCaptionFile(file)) {
          notify(t('captions.notCaptionFile', { name: file.name }));
          return false;
        }
        const tracks = await attempt(async () =>
          call('captions.add', { assetId, path: await upload(file), lang }),
        );
        return tracks !== null;
      },
    }),
    [attempt, notify, t, upload],
  );
}
