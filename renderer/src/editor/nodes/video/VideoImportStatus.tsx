/**
 * A video block whose asset is still being imported (or replaced): the import job's progress
 * with a cancel button, or, when it failed, why, with a retry button.
 */
import type { MediaAsset } from '../../../../../electron/shared/model';
import { call } from '../../../api';
import { ProgressBar } from '../../../controls/ProgressBar';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../i18n/errorText';
import { progressText } from '../../../jobs/progressText';
import { useJobProgress } from '../../../jobs/useJobProgress';
import { useNotify } from '../../../notifications/Notifications';

export function VideoImportStatus({ asset }: { asset: MediaAsset }) {
  const t = useT();
  const notify = useNotify();
  const progress = useJobProgress(asset.state === 'processing' ? asset.jobId : null);
  const jobId = asset.jobId;
  const act = (method: 'jobs.cancel' | 'jobs.retry') => {
    if (jobId) void call(method, { jobId }).catch((error: unknown) => notify(errorText(t, error)));
  };

  if (asset.state === 'failed') {
    return (
      <div className="import-status is-failed" role="alert" data-testid="video-import-failed">
        <span>{t('video.importFailed', { error: errorText(t, asset.error) })}</span>
        {jobId && (
          <button type="button" className="button button-small" onClick={() => act('jobs.retry')}>
            {t('common.retry')}
          </button>
        )}
      </div>
    );
  }
  const text = asset.state === 'queued' ? t('jobs.queued') : progressText(t, progress);
  return (
    <div className="import-status" data-testid="video-import-status" data-state={asset.state}>
      <div className="import-status-text">
        <span>{asset.meta ? t('video.replacing') : t('video.importing')}</span>
        <span className="muted" data-testid="video-import-progress">
          {text}
        </span>
      </div>
      <ProgressBar
        fraction={asset.state === 'queued' ? 0 : (progress?.fraction ?? 0)}
        label={t('jobs.progressOf', { title: asset.name })}
      />
      {jobId && (
        <button
          type="button"
          className="button button-small"
          onClick={() => act('jobs.cancel')}
          data-testid="video-import-cancel"
        >
          {t('common.cancel')}
        </button>
      )}
    </div>
  );
}
