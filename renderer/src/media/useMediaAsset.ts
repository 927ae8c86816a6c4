/**
 * One media asset as a block in the editor needs it: its files, captions, chapters and import
 * state, refetched when its job changes or the assets change. `missing` means the asset is not
 * in the course (deleted, or its import was cancelled).
 */
import { useEffect, useState } from 'react';
import type { MediaAssetDetail } from '../../../electron/shared/model';
import { call, on } from '../api';
import { errorCode } from '../i18n/errorText';

export type MediaAssetState =
  | { status: 'loading' }
  | { status: 'ready'; asset: MediaAssetDetail }
  | { status: 'missing' }
  | { status: 'failed'; error: unknown };

export function useMediaAsset(assetId: string): MediaAssetState {
  const [state, setState] = useState<MediaAssetState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let latest = 0;
    const load = () => {
      const request = ++latest;
      const settle = (next: MediaAssetState) => {
        if (!cancelled && request === latest) setState(next);
      };
      call('media.get', { assetId }).then(
        (asset) => settle({ status: 'ready', asset }),
        (error: unknown) =>
          settle(
            errorCode(error) === 'NOT_FOUND' ? { status: 'missing' } : { status: 'failed', error },
          ),
      );
    };
    load();
    const stopJobs = on('job.changed', (job) => {
      if (job.assetId === assetId) load();
    });
    const stopProject = on('project.changed', (change) => {
      if (change.reason === 'assets') load();
    });
    return () => {
      cancelled = true;
      stopJobs();
      stopProject();
    };
  }, [assetId]);

  return state;
}
