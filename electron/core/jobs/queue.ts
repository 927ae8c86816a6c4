/**
 * The persistent job queue of one open project. Jobs live in the project's `jobs` table, so
 * a queue survives quitting: on start, a job the last process left `running` goes back to
 * `queued` (its leftovers removed) and runs again. One job at a time by default.
 */
import { rm } from 'node:fs/promises';
import { StudioError } from '../../shared/errors';
import type { Job, JobProgress } from '../../shared/model';
import { dropStagedChunks } from '../project/asset-repo';
import { now } from '../project/ids';
import type { Project } from '../project/project';
import {
  findJob,
  getJob,
  insertJob,
  jobIdsInState,
  jobPayload,
  listJobs,
  nextQueuedJob,
  setJobProgress,
  setJobState,
} from './job-repo';
import { makeJobTempDir, removeLeftovers } from './temp';
import type { AnyJobKind, JobContext, JobProgressUpdate } from './types';

export interface JobEvents {
  changed(job: Job): void;
  progress(progress: JobProgress): void;
  log?(jobId: string, message: string): void;
}

export interface JobQueueOptions {
  /** How many jobs run at once (default 1: transcodes already use every core). */
  concurrency?: number;
}

/** Progress events at most four times a second; the stored fraction once a second. */
const EVENT_INTERVAL_MS = 250;
const STORE_INTERVAL_MS = 1000;

/** Why a run was aborted: the user cancelled it, or the project is closing. */
export const STOPPING = 'stopping';

interface Running {
  controller: AbortController;
  completed: boolean;
}

export class JobQueue {
  private readonly running = new Map<string, Running>();
  private readonly waiters = new Map<string, ((job: Job) => void)[]>();
  private started = false;
  private stopped = false;

  constructor(
    private readonly project: Project,
    private readonly kinds: Readonly<Record<string, AnyJobKind>>,
    private readonly events: JobEvents,
    private readonly options: JobQueueOptions = {},
  ) {}

  /** Puts interrupted jobs back in the queue and starts working. */
  start(): void {
    for (const id of jobIdsInState(this.project.db, 'running')) {
      removeLeftovers(id);
      this.project.transact((db) => {
        dropStagedChunks(db, id);
        setJobState(db, id, 'queued', now(), { progress: 0 });
      });
    }
    this.started = true;
    this.pump();
  }

  /** Abandons running work without cancelling it: it runs again when the project reopens. */
  stop(): void {
    this.stopped = true;
    for (const [id, run] of this.running) {
      run.controller.abort(STOPPING);
      if (run.completed) continue;
      this.project.transact((db) => {
        dropStagedChunks(db, id);
        setJobState(db, id, 'queued', now(), { progress: 0 });
      });
    }
    for (const [id, resolvers] of this.waiters) {
      const job = findJob(this.project.db, id);
      if (job) for (const resolve of resolvers) resolve(job);
    }
    this.waiters.clear();
  }

  enqueue(kind: string, payload: unknown, assetId: string | null): Job {
    if (!this.kinds[kind]) throw new StudioError('INVALID_ARGUMENT', `Unknown job kind ${kind}.`);
    const job = this.project.transact((db) => insertJob(db, { kind, payload, assetId }, now()));
    this.events.changed(job);
    this.pump();
    return job;
  }

  list(): Job[] {
    return listJobs(this.project.db);
  }

  /** Stops a queued or running job; it ends `cancelled` with nothing of it stored. */
  cancel(id: string): Job {
    const job = getJob(this.project.db, id);
    const run = this.running.get(id);
    if (run && !run.completed) {
      run.controller.abort();
      return job; // The run settles as cancelled once its process is gone.
    }
    if (job.state !== 'queued') return job;
    this.project.transact((db) => setJobState(db, id, 'cancelled', now()));
    return this.settle(id);
  }

  /** Queues a failed or cancelled job again. */
  retry(id: string): Job {
    const job = getJob(this.project.db, id);
    if (job.state !== 'failed' && job.state !== 'cancelled') {
      throw new StudioError('INVALID_ARGUMENT', `Only failed or cancelled jobs can be retried.`, {
        id,
        state: job.state,
      });
    }
    this.project.transact((db) => setJobState(db, id, 'queued', now(), { progress: 0 }));
    const queued = getJob(this.project.db, id);
    this.events.changed(queued);
    this.pump();
    return queued;
  }

  /** Resolves when the job is done, failed or cancelled (or the queue stops). */
  settled(id: string): Promise<Job> {
    const job = getJob(this.project.db, id);
    if (job.state === 'done' || job.state === 'failed' || job.state === 'cancelled') {
      return Promise.resolve(job);
    }
    return new Promise((resolve) => {
      this.waiters.set(id, [...(this.waiters.get(id) ?? []), resolve]);
    });
  }

  private pump(): void {
    const limit = Math.max(1, this.options.concurrency ?? 1);
    while (this.started && !this.stopped && this.running.size < limit) {
      const id = nextQueuedJob(this.project.db, [...this.running.keys()]);
      if (!id) return;
      void this.run(id);
    }
  }

  private async run(id: string): Promise<void> {
    const running: Running = { controller: new AbortController(), completed: false };
    this.running.set(id, running);
    const { signal } = running.controller;
    let tempDir: string | null = null;
    try {
      this.project.transact((db) =>
        setJobState(db, id, 'running', now(), { progress: 0, countAttempt: true }),
      );
      const job = getJob(this.project.db, id);
      this.events.changed(job);
      const { kind, payload } = jobPayload(this.project.db, id);
      const jobKind = this.kinds[kind];
      if (!jobKind) throw new StudioError('INTERNAL', `This version cannot run ${kind} jobs.`);
      const data: unknown = jobKind.parse(payload);
      tempDir = makeJobTempDir(id, job.attempts);
      await jobKind.run(data, this.context(id, tempDir, running));
      if (signal.aborted) throw signal.reason;
      if (!running.completed) this.context(id, tempDir, running).complete(() => undefined);
    } catch (error) {
      if (signal.reason === STOPPING) return;
      const cancelled = signal.aborted;
      const failure = cancelled ? null : StudioError.from(error).toJSON();
      this.project.transact((db) => {
        dropStagedChunks(db, id);
        setJobState(db, id, cancelled ? 'cancelled' : 'failed', now(), { error: failure });
      });
    } finally {
      this.running.delete(id);
      if (tempDir) await rm(tempDir, { recursive: true, force: true });
      if (!this.stopped) {
        this.settle(id);
        this.pump();
      }
    }
  }

  private settle(id: string): Job {
    const job = getJob(this.project.db, id);
    this.events.changed(job);
    for (const resolve of this.waiters.get(id) ?? []) resolve(job);
    this.waiters.delete(id);
    return job;
  }

  private context(id: string, tempDir: string, running: Running): JobContext {
    const { signal } = running.controller;
    let lastEvent = 0;
    let lastStore = 0;
    let lastPhase = '';
    return {
      jobId: id,
      signal,
      tempDir,
      report: (update: JobProgressUpdate) => {
        if (signal.aborted) return;
        const at = Date.now();
        const fraction = Math.min(1, Math.max(0, update.fraction));
        const phaseChanged = update.phase !== lastPhase;
        if (!phaseChanged && fraction < 1 && at - lastEvent < EVENT_INTERVAL_MS) return;
        lastEvent = at;
        lastPhase = update.phase;
        this.events.progress({
          jobId: id,
          fraction,
          phase: update.phase,
          speed: update.speed ?? null,
          etaSeconds: update.etaSeconds ?? null,
        });
        if (at - lastStore >= STORE_INTERVAL_MS) {
          lastStore = at;
          setJobProgress(this.project.db, id, fraction);
        }
      },
      log: (message: string) => this.events.log?.(id, message),
      complete: (work) => {
        if (signal.aborted) throw signal.reason;
        const result = this.project.transact((db) => {
          const value = work(db);
          db.prepare('DELETE FROM job_chunks WHERE job_id = ?').run(id);
          setJobState(db, id, 'done', now(), { progress: 1 });
          return value;
        });
        running.completed = true;
        return result;
      },
    };
  }
}
