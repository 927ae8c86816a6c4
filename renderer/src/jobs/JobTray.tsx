/**
 * The status area at the foot of the studio: uploads in flight and the jobs that are queued,
 * running, or failed while this window was open, each with its progress, cancel and retry.
 * It takes no room when there is nothing to show.
 */
import { useState } from 'react';
import type { Job } from '../../../electron/shared/model';
import { call } from '../api';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';
import { useUploads } from '../media/UploadsProvider';
import { useNotify } from '../notifications/Notifications';
import { JobRow, UploadRow } from './JobRow';
import { useJobs } from './useJobs';

const order: Record<Job['state'], number> = {
  running: 0,
  queued: 1,
  failed: 2,
  done: 3,
  cancelled: 3,
};

export function JobTray() {
  const t = useT();
  const notify = useNotify();
  const { uploads } = useUploads();
  const { jobs, progress, seenChanging } = useJobs();
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());

  const shown = jobs
    .filter(
      (job) =>
        job.state === 'queued' ||
        job.state === 'running' ||
        (job.state === 'failed' && seenChanging.has(job.id) && !dismissed.has(job.id)),
    )
    .sort((a, b) => order[a.state] - order[b.state] || a.createdAt.localeCompare(b.createdAt));

  if (shown.length === 0 && uploads.length === 0) return null;

  const act = (method: 'jobs.cancel' | 'jobs.retry', job: Job) =>
    void call(method, { jobId: job.id }).catch((error: unknown) => notify(errorText(t, error)));

  return (
    <section className="job-tray" aria-label={t('jobs.tray')} data-testid="job-tray">
      <ul className="job-list">
        {uploads.map((upload) => (
          <UploadRow key={`upload-${upload.id}`} upload={upload} />
        ))}
        {shown.map((job) => (
          <JobRow
            key={job.id}
            job={job}
            progress={progress[job.id] ?? null}
            onCancel={() => act('jobs.cancel', job)}
            onRetry={() => act('jobs.retry', job)}
            onDismiss={() => setDismissed((current) => new Set(current).add(job.id))}
          />
        ))}
      </ul>
    </section>
  );
}
