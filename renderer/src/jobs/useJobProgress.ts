/** The latest progress report of one job, from `job.progress` events (null until the first). */
import { useEffect, useState } from 'react';
import type { JobProgress } from '../../../electron/shared/model';
import { on } from '../api';

export function useJobProgress(jobId: string | null): JobProgress | null {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  useEffect(() => {
    if (!jobId) return;
    return on('job.progress', (report) => {
      if (report.jobId === jobId) setProgress(report);
    });
  }, [jobId]);
  return progress?.jobId === jobId ? progress : null;
}
