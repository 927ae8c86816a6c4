/**
 * The course's video and audio assets, kept current: refetched whenever a job changes state or
 * any window changes the assets (import committed, rename, delete, captions).
 */
import { useEffect, useState } from 'react';
import type { MediaAsset } from '../../../electron/shared/model';
import { call, on } from '../api';

export type MediaListState =
  | { status: 'loading' }
  | { status: 'ready'; assets: MediaAsset[] }
  | { status: 'failed'; error: unknown };

const isMedia = (asset: MediaAsset) => asset.kind === 'video' || asset.kind === 'audio';

export function useMediaAssets(): MediaListState {
  const [state, setState] = useState<MediaListState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    // Answers can overtake each other; only the newest request may set the list.
    let latest = 0;
    const load = () => {
      const request = ++latest;
      call('media.list', {}).then(
        (assets) => {
          if (!cancelled && request === latest)
            setState({ status: 'ready', assets: assets.filter(isMedia) });
        },
        (error: unknown) => {
          if (!cancelled && request === latest) setState({ status: 'failed', error });
        },
      );
    };
    load();
    const stopJobs = on('job.changed', load);
    const stopProject = on('project.changed', (change) => {
      if (change.reason === 'assets' || change.reason === 'opened') load();
    });
    return () => {
      cancelled = true;
      stopJobs();
      stopProject();
    };
  }, []);

  return state;
}
