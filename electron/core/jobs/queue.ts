/**
 * The task runner of one open project: every long piece of work (import, export, and later
 * publish and review copies) is a job here, with an id, progress events, cancel by id and a
 * row in the job tray. Jobs live in the project's `jobs` table. On start, a persistent job the
 * last process left `running` goes back to `queued` (its leftovers removed) and runs again;
 * a run-only job (an export) it left behind ends `cancelled` instead. Each kind runs one job
 * at a time by default, so an export does not wait behind a long transcode.
 */
import { rm } from 'node:fs/promises';
import { StudioError, toStudioError } from '../../shared/errors';
import type { Job, JobProgress } from '../../shared/model';
import { dropStagedChunks } from '../project/asset-repo';
import { now } from '../project/ids';
import type { Project } from '../project/project';
import {
  findJob,
  getJob,
  insertJob,
  jobPayload,
  jobsInState,
  listJobs,
  queuedJobs,
  releaseJobChunks,
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
  /** How many jobs of a kind run at once, unless the kind says (default 1: transcodes already use every core). */
  concurrency?: number;
  /**
   * Whether jobs an earlier session left queued or interrupted run (default true). Without,
   * the queue leaves them as they are for the studio to resume, and runs only jobs queued
   * (or retried) through it.
   */
  resume?: boolean;
}

/** Progress events at most four times a second; the stored fraction once a second. */
const EVENT_INTERVAL_MS = 250;
const STORE_INTERVAL_MS = 1000;

/** Why a run was aborted: the user cancelled it, or the project is closing. */
export const STOPPING = 'stopping';

interface Running {
  kind: string;
  controller: AbortController;
  completed: boolean;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: StudioError };

export class JobQueue {
  private readonly running = new Map<string, Running>();
  private readonly waiters = new Map<string, ((job: Job) => void)[]>();
  /** What each job of this session resolved with or failed of, for `outcome`. */
  private readonly outcomes = new Map<string, Outcome>();
  /**
   * Run-only jobs the queue stopped while they ran, as they ended: their waiters hear once the
   * run has wound down (an export removes its partial file first), not at `stop`.
   */
  private readonly stoppedRuns = new Map<string, Job>();
  /** Jobs queued or retried through this queue; the only ones run when `resume` is off. */
  private readonly ownJobs = new Set<string>();
  private started = false;
  private stopped = false;

  constructor(
    private readonly project: Project,
    private readonly kinds: Readonly<Record<string, AnyJobKind>>,
    private readonly events: JobEvents,
    private readonly options: JobQueueOptions = {},
  ) {}

  /** Puts interrupted persistent jobs back in the queue, ends run-only ones, starts working. */
  start(): void {
    this.started = true;
    if (this.options.resume === false) return;
    for (const { id, kind } of jobsInState(this.project.db, 'running')) {
      removeLeftovers(id);
      this.interrupt(id, kind);
    }
    // A run-only job still queued was never started by a process that is gone now.
    for (const { id, kind } of queuedJobs(this.project.db)) {
      if (!this.isPersistent(kind)) this.interrupt(id, kind);
    }
    this.pump();
  }

  /**
   * Abandons running work without cancelling it: persistent jobs run again when the project
   * reopens; run-only jobs end `cancelled`, and whoever awaits their outcome hears so.
   */
  stop(): void {
    this.stopped = true;
    for (const [id, run] of this.running) {
      run.controller.abort(STOPPING);
      if (run.completed) continue;
      this.interrupt(id, run.kind);
      if (!this.isPersistent(run.kind)) {
        this.outcomes.set(id, { ok: false, error: cancelled(id) });
        this.stoppedRuns.set(id, getJob(this.project.db, id));
      }
    }
    for (const { id, kind } of queuedJobs(this.project.db)) {
      if (!this.isPersistent(kind) && this.ownJobs.has(id)) {
        this.interrupt(id, kind);
        this.outcomes.set(id, { ok: false, error: cancelled(id) });
      }
    }
    for (const [id, resolvers] of this.waiters) {
      if (this.stoppedRuns.has(id)) continue;
      const job = findJob(this.project.db, id);
      if (job) for (const resolve of resolvers) resolve(job);
      this.waiters.delete(id);
    }
  }

  enqueue(kind: string, payload: unknown, assetId: string | null): Job {
    if (!this.kinds[kind]) throw new StudioError('INVALID_ARGUMENT', `Unknown job kind ${kind}.`);
    const job = this.project.transact((db) => insertJob(db, { kind, payload, assetId }, now()));
    this.ownJobs.add(job.id);
    this.events.changed(job);
    this.pump();
    return job;
  }

  list(): Job[] {
    return listJobs(this.project.db);
  }

  /** Jobs of `kind` that are queued or running. */
  active(kind: string): Job[] {
    return this.list().filter(
      (job) => job.kind === kind && (job.state === 'queued' || job.state === 'running'),
    );
  }

  /**
   * What the job resolved with once it is done; rejects with its error when it failed, with
   * JOB_CANCELLED when it was cancelled (or the project closed under a run-only job).
   */
  async outcome(id: string): Promise<unknown> {
    const job = await this.settled(id);
    const known = this.outcomes.get(id);
    if (known?.ok) return known.value;
    if (known) throw known.error;
    if (job.state === 'done') return undefined;
    if (job.state === 'failed' && job.error) throw StudioError.from(job.error);
    throw cancelled(id);
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
    this.ownJobs.add(id);
    const queued = getJob(this.project.db, id);
    this.events.changed(queued);
    this.pump();
    return queued;
  }

  /**
   * Takes over a persistent job an earlier session left queued or interrupted, when this
   * queue does not resume such jobs by itself (the CLI): a `publish` run again after a crash
   * continues its own upload rather than starting a second one.
   */
  adopt(id: string): Job {
    const job = getJob(this.project.db, id);
    if (!this.running.has(id) && (job.state === 'queued' || job.state === 'running')) {
      if (job.state === 'running') {
        removeLeftovers(id);
        this.interrupt(id, job.kind);
      }
      this.ownJobs.add(id);
      this.pump();
    }
    return getJob(this.project.db, id);
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

  private isPersistent(kind: string): boolean {
    return this.kinds[kind]?.persistent ?? true;
  }

  /** A job whose run was cut short: queued again if persistent, else cancelled. */
  private interrupt(id: string, kind: string): void {
    const state = this.isPersistent(kind) ? 'queued' : 'cancelled';
    this.project.transact((db) => {
      dropStagedChunks(db, id);
      setJobState(db, id, state, now(), { progress: 0 });
    });
  }

  private pump(): void {
    if (!this.started || this.stopped) return;
    const runningOf = (kind: string) =>
      [...this.running.values()].filter((run) => run.kind === kind).length;
    for (const { id, kind } of queuedJobs(this.project.db)) {
      if (this.running.has(id)) continue;
      if (this.options.resume === false && !this.ownJobs.has(id)) continue;
      const limit = Math.max(1, this.kinds[kind]?.concurrency ?? this.options.concurrency ?? 1);
      if (runningOf(kind) < limit) void this.run(id, kind);
    }
  }

  private async run(id: string, kind: string): Promise<void> {
    const running: Running = { kind, controller: new AbortController(), completed: false };
    this.running.set(id, running);
    const { signal } = running.controller;
    let tempDir: string | null = null;
    try {
      this.project.transact((db) =>
        setJobState(db, id, 'running', now(), { progress: 0, countAttempt: true }),
      );
      const job = getJob(this.project.db, id);
      this.events.changed(job);
      const { payload } = jobPayload(this.project.db, id);
      const jobKind = this.kinds[kind];
      if (!jobKind) throw new StudioError('INTERNAL', `This version cannot run ${kind} jobs.`);
      const data: unknown = jobKind.parse(payload);
      tempDir = makeJobTempDir(id, job.attempts);
      const value = await jobKind.run(data, this.context(id, tempDir, running));
      if (signal.aborted) throw signal.reason;
      if (!running.completed) this.context(id, tempDir, running).complete(() => undefined);
      this.outcomes.set(id, { ok: true, value });
    } catch (error) {
      if (signal.reason === STOPPING) return;
      const wasCancelled = signal.aborted;
      const failure = wasCancelled ? cancelled(id) : toStudioError(error);
      this.outcomes.set(id, { ok: false, error: failure });
      this.project.transact((db) => {
        dropStagedChunks(db, id);
        setJobState(db, id, wasCancelled ? 'cancelled' : 'failed', now(), {
          error: wasCancelled ? null : failure.toJSON(),
        });
      });
    } finally {
      this.running.delete(id);
      if (tempDir) await rm(tempDir, { recursive: true, force: true });
      if (!this.stopped) {
        this.settle(id);
        this.pump();
      } else {
        // The project may be closed by now: answer from what `stop` recorded.
        const job = this.stoppedRuns.get(id);
        if (job) for (const resolve of this.waiters.get(id) ?? []) resolve(job);
        this.waiters.delete(id);
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
          releaseJobChunks(db, id);
          setJobState(db, id, 'done', now(), { progress: 1 });
          return value;
        });
        running.completed = true;
        return result;
      },
    };
  }
}

function cancelled(id: string): StudioError {
  return new StudioError('JOB_CANCELLED', 'The task was cancelled.', { jobId: id });
}
