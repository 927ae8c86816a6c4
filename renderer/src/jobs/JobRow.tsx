/** One line of the job tray: what is being worked on, how far along, and what can be done. */
import type { Job, JobProgress } from '../../../electron/shared/model';
import { ProgressBar } from '../controls/ProgressBar';
import { useT, type Translate } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';
import { formatBytes, formatPercent } from '../media/formatMedia';
import type { Upload } from '../media/UploadsProvider';
import { progressText } from './progressText';

interface JobRowProps {
  job: Job;
  progress: JobProgress | null;
  onCancel: () => void;
  onRetry: () => void;
  onDismiss: () => void;
}

export function JobRow({ job, progress, onCancel, onRetry, onDismiss }: JobRowProps) {
  const t = useT();
  const fraction = progress?.fraction ?? job.progress;
  return (
    <li className={`job-row job-${job.state}`} data-testid="job-row" data-state={job.state}>
      <div className="job-text">
        <span className="job-title" title={job.title} data-testid="job-title">
          {jobLabel(t, job)}
        </span>
        <span className="job-status" data-testid="job-status">
          {jobStatus(t, job, progress)}
        </span>
      </div>
      {job.state !== 'failed' && (
        <ProgressBar
          fraction={job.state === 'queued' ? 0 : fraction}
          label={t('jobs.progressOf', { title: job.title })}
        />
      )}
      <div className="job-actions">
        {(job.state === 'queued' || job.state === 'running') && (
          <button
            type="button"
            className="button button-small"
            onClick={onCancel}
            data-testid="job-cancel"
          >
            {t('common.cancel')}
          </button>
        )}
        {job.state === 'failed' && (
          <>
            <button
              type="button"
              className="button button-small"
              onClick={onRetry}
              data-testid="job-retry"
            >
              {t('common.retry')}
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('common.dismiss')}
              title={t('common.dismiss')}
              onClick={onDismiss}
            >
              ×
            </button>
          </>
        )}
      </div>
    </li>
  );
}

/** "Export: course.zip", "Import: lecture.mp4": every kind of task names itself in the tray. */
export function jobLabel(t: Translate, job: Job): string {
  const kind =
    job.kind === 'media.import'
      ? t('jobs.kind.media.import')
      : job.kind === 'export'
        ? t('jobs.kind.export')
        : t('jobs.kind.other');
  return t('jobs.label', { kind, title: job.title || t('jobs.untitled') });
}

function jobStatus(t: Translate, job: Job, progress: JobProgress | null): string {
  if (job.state === 'queued') return t('jobs.queued');
  if (job.state === 'failed') return t('jobs.failed', { error: errorText(t, job.error) });
  return progressText(t, progress);
}

export function UploadRow({ upload }: { upload: Upload }) {
  const t = useT();
  const fraction = upload.total > 0 ? upload.loaded / upload.total : null;
  return (
    <li className="job-row job-running" data-testid="upload-row">
      <div className="job-text">
        <span className="job-title" title={upload.name}>
          {upload.name}
        </span>
        <span className="job-status">
          {t('jobs.uploading', {
            percent: formatPercent(fraction ?? 0),
            size: formatBytes(upload.total),
          })}
        </span>
      </div>
      <ProgressBar fraction={fraction} label={t('jobs.progressOf', { title: upload.name })} />
      <div className="job-actions">
        <button type="button" className="button button-small" onClick={upload.cancel}>
          {t('common.cancel')}
        </button>
      </div>
    </li>
  );
}
