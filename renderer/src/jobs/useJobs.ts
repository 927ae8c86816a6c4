/**
 * The open course's jobs as the tray shows them: the list from `jobs.list`, kept current by
 * `job.changed`, with the latest `job.progress` report of each running job.
 */
import { useEffect, useState } from 'react';
import type { Job, JobProgress } from '../../../electron/shared/model';
import { call, on } from '../api';

export interface JobsState {
  jobs: Job[];
  progress: Record<string, JobProgress>;
  /** Jobs that changed while this window was open (failures from earlier sessions are old news). */
  seenChanging: ReadonlySet<string>;
}

export function useJobs(): JobsState {
  const [jobs, setJobs] = useState<Job[]>([]);
  const [progress, setProgress] = useState<Record<string, JobProgress>>({});
  const [seenChanging, setSeenChanging] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    let cancelled = false;
    const load = () =>
      call('jobs.list', {}).then(
        (list) => !cancelled && setJobs(list),
        () => undefined,
      );
    void load();
    const stopChanged = on('job.changed', (job) => {
      setJobs((current) => {
        const index = current.findIndex((item) => item.id === job.id);
        if (index < 0) return [...current, job];
        const next = [...current];
        next[index] = job;
        return next;
      });
      setSeenChanging((current) => (current.has(job.id) ? current : new Set(current).add(job.id)));
      if (job.state !== 'running') {
        setProgress((current) => {
          if (!(job.id in current)) return current;
          const next = { ...current };
          delete next[job.id];
          return next;
        });
      }
    });
    const stopProgress = on('job.progress', (report) =>
      setProgress((current) => ({ ...current, [report.jobId]: report })),
    );
    const stopProject = on('project.changed', (change) => {
      if (change.reason === 'opened') void load();
    });
    return () => {
      cancelled = true;
      stopChanged();
      stopProgress();
      stopProject();
    };
  }, []);

  return { jobs, progress, seenChanging };
}
