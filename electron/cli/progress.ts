/**
 * Job progress on a terminal, for every kind of job (import, export, ...): a redrawn bar on a
 * TTY, plain lines (each phase, every 10%) when the output is a file or a pipe, so logs stay
 * readable; and Ctrl+C as a cancel of the job being followed.
 */
import type { Studio } from '../core/studio';
import type { Job, JobProgress } from '../shared/model';
import type { CliCall } from './course-session';

const WIDTH = 30;

export function progressReporter(stream: NodeJS.WriteStream): {
  update(progress: JobProgress): void;
  finish(): void;
} {
  let lastPhase = '';
  let lastStep = -1;
  let drawn = false;
  return {
    update(progress) {
      const percent = Math.floor(progress.fraction * 100);
      const details = [
        progress.phase,
        progress.speed ? `${progress.speed.toFixed(2)}x` : '',
        progress.etaSeconds !== null && progress.phase === 'transcode'
          ? `ETA ${clock(progress.etaSeconds)}`
          : '',
      ]
        .filter(Boolean)
        .join('  ');
      if (stream.isTTY) {
        const filled = Math.round((WIDTH * percent) / 100);
        stream.write(
          `\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(percent).padStart(3)}%  ${details}\u001b[K`,
        );
        drawn = true;
        return;
      }
      const step = Math.floor(percent / 10);
      if (progress.phase === lastPhase && step === lastStep) return;
      lastPhase = progress.phase;
      lastStep = step;
      stream.write(`${percent}%  ${details}\n`);
    },
    finish() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}

/** m:ss or h:mm:ss */
export function clock(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** What a command needs of its studio to follow one of its jobs. */
export interface JobSession {
  studio: Pick<Studio, 'onEvent'>;
  call: CliCall;
}

/**
 * Starts a job with `start` and follows it to its end, the same way for every kind: its
 * progress on stderr (unless `quiet`), Ctrl+C (or SIGTERM) cancels that job and only that
 * one. Listening starts first, because a job may report before `start` returns its id.
 * Returns the job as it ended: done, failed or cancelled.
 */
export async function followJob(
  session: JobSession,
  start: () => Promise<{ jobId: string }>,
  options: { quiet?: boolean; stream?: NodeJS.WriteStream } = {},
): Promise<Job> {
  const stream = options.stream ?? process.stderr;
  const reporter = progressReporter(stream);
  let jobId: string | null = null;
  const early: JobProgress[] = [];
  const show = (progress: JobProgress) => {
    if (!options.quiet) reporter.update(progress);
  };
  const stopListening = session.studio.onEvent((event, payload) => {
    if (event !== 'job.progress') return;
    const progress = payload as JobProgress;
    if (jobId === null) early.push(progress);
    else if (progress.jobId === jobId) show(progress);
  });
  let cancel: (() => void) | null = null;
  try {
    const started = await start();
    jobId = started.jobId;
    for (const progress of early) if (progress.jobId === jobId) show(progress);
    const ended = new Promise<Job>((resolve, reject) => {
      const watchEnd = session.studio.onEvent((event, payload) => {
        const job = payload as Job;
        if (event !== 'job.changed' || job.id !== started.jobId) return;
        if (job.state === 'done' || job.state === 'failed' || job.state === 'cancelled') {
          watchEnd();
          resolve(job);
        }
      });
      // The job may have ended before we listened.
      void session.call('jobs.list', {}).then((jobs) => {
        const job = jobs.find((item) => item.id === started.jobId);
        if (job && (job.state === 'done' || job.state === 'failed' || job.state === 'cancelled')) {
          watchEnd();
          resolve(job);
        }
      }, reject);
    });
    cancel = () => {
      reporter.finish();
      if (!options.quiet) stream.write('Cancelling…\n');
      void session.call('jobs.cancel', { jobId: started.jobId }).catch(() => undefined);
    };
    process.once('SIGINT', cancel);
    process.once('SIGTERM', cancel);
    return await ended;
  } finally {
    if (cancel) {
      process.removeListener('SIGINT', cancel);
      process.removeListener('SIGTERM', cancel);
    }
    stopListening();
    reporter.finish();
  }
}
