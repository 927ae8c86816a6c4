/**
 * What a kind of job is: `parse` checks a stored payload (it may come from an older version or
 * a damaged file), `run` does the work with a standard AbortSignal and reports progress as
 * values (VS Code's IProgress, Signal's parseData / run split).
 */
import type { Db } from '../project/sqlite';

export interface JobProgressUpdate {
  /** 0..1 over the whole job. */
  fraction: number;
  phase: string;
  speed?: number | null;
  etaSeconds?: number | null;
}

export interface JobContext {
  jobId: string;
  signal: AbortSignal;
  /** A fresh folder for this attempt, removed when the run ends, whatever the outcome. */
  tempDir: string;
  report(progress: JobProgressUpdate): void;
  log(message: string): void;
  /** Runs the job's final write and marks the job done, in one transaction. */
  complete<T>(work: (db: Db) => T): T;
}

export interface JobKind<D> {
  /**
   * Persistent kinds (imports, the default) go back in the queue when a crash or a close
   * interrupts them and run again on the next open. Run-only kinds (exports) belong to the
   * process that started them: an interrupted one ends `cancelled` and never runs again,
   * since nobody is waiting for its result any more.
   */
  persistent?: boolean;
  /** How many jobs of this kind run at once (default: the queue's `concurrency`). */
  concurrency?: number;
  parse(payload: unknown): D;
  /** Does the work; what it resolves with is the job's result (`JobQueue.outcome`). */
  run(data: D, context: JobContext): Promise<unknown>;
}

/** A job kind with its data type erased, for the queue's table of kinds. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyJobKind = JobKind<any>;
