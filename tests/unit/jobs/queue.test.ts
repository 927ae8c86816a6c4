import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudioError } from '../../../electron/shared/errors';
import type { Job, JobProgress } from '../../../electron/shared/model';
import { JobQueue, type JobQueueOptions } from '../../../electron/core/jobs/queue';
import type { AnyJobKind, JobContext } from '../../../electron/core/jobs/types';
import { stageChunk } from '../../../electron/core/project/asset-repo';
import { Project } from '../../../electron/core/project/project';
import { tempDir } from '../../support/temp';

interface Step {
  wait?: number;
  fail?: string;
  progress?: number;
}

/** A job kind that does what its payload says, recording what it saw. */
function scriptedKind(seen: { started: string[]; tempDirs: string[] }): AnyJobKind {
  return {
    parse: (payload) => payload as { name: string; steps: Step[] },
    async run(data: { name: string; steps: Step[] }, context: JobContext) {
      seen.started.push(data.name);
      seen.tempDirs.push(context.tempDir);
      for (const step of data.steps) {
        if (step.progress !== undefined) context.report({ fraction: step.progress, phase: 'work' });
        if (step.fail) throw new StudioError('MEDIA_CORRUPT', step.fail);
        if (step.wait) {
          await new Promise<void>((resolve, reject) => {
            const timer = setTimeout(resolve, step.wait);
            context.signal.addEventListener('abort', () => {
              clearTimeout(timer);
              reject(context.signal.reason);
            });
          });
        }
        // Something staged, which a cancel or failure must remove:
        const bytes = Buffer.from(`${data.name}-${Math.random()}`);
        project.transact((db) =>
          stageChunk(db, context.jobId, `h-${bytes.toString('hex')}`, bytes),
        );
      }
      return `${data.name} finished`;
    },
  };
}

let project: Project;
let dir: string;
const saved = process.env.COURSE_STUDIO_TEMP;

beforeEach(() => {
  dir = tempDir();
  process.env.COURSE_STUDIO_TEMP = join(dir, 'tmp');
  project = Project.create(join(dir, 'q.course'), { title: 'Q', language: 'en' });
});
afterEach(() => {
  project.close();
  process.env.COURSE_STUDIO_TEMP = saved;
});

function makeQueue(options: JobQueueOptions = {}) {
  const seen = { started: [] as string[], tempDirs: [] as string[] };
  const changes: Job[] = [];
  const progress: JobProgress[] = [];
  const queue = new JobQueue(
    project,
    // `script` is persistent like an import; `oneshot` is run-only like an export.
    { script: scriptedKind(seen), oneshot: { ...scriptedKind(seen), persistent: false } },
    { changed: (job) => changes.push(job), progress: (p) => progress.push(p) },
    options,
  );
  const add = (name: string, steps: Step[], kind = 'script') =>
    queue.enqueue(kind, { name, steps, title: name }, null);
  return { queue, seen, changes, progress, add };
}

const count = (table: string) =>
  (project.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('the job queue', () => {
  it('runs one job at a time in order, and removes each temp folder', async () => {
    const { queue, seen, add } = makeQueue();
    queue.start();
    const a = add('a', [{ wait: 30 }]);
    const b = add('b', [{ wait: 10 }]);
    expect(seen.started).toEqual(['a']);
    expect((await queue.settled(b.id)).state).toBe('done');
    expect((await queue.settled(a.id)).state).toBe('done');
    expect(seen.started).toEqual(['a', 'b']);
    for (const folder of seen.tempDirs) expect(existsSync(folder)).toBe(false);
    expect(count('job_chunks')).toBe(0);
  });

  it('runs more at once when configured', async () => {
    const { queue, seen, add } = makeQueue({ concurrency: 2 });
    queue.start();
    const jobs = [add('a', [{ wait: 20 }]), add('b', [{ wait: 20 }]), add('c', [])];
    expect(seen.started).toEqual(['a', 'b']);
    await Promise.all(jobs.map((job) => queue.settled(job.id)));
    expect(seen.started).toEqual(['a', 'b', 'c']);
  });

  it('cancels queued and running jobs, leaving nothing they staged', async () => {
    const { queue, add, seen } = makeQueue();
    queue.start();
    const running = add('running', [{}, { wait: 5000 }]);
    const waiting = add('waiting', []);
    expect(queue.cancel(waiting.id).state).toBe('cancelled');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(count('job_chunks')).toBe(1);
    queue.cancel(running.id);
    const settled = await queue.settled(running.id);
    expect(settled).toMatchObject({ state: 'cancelled', error: null });
    expect(count('job_chunks')).toBe(0);
    expect(count('chunks')).toBe(0);
    expect(existsSync(seen.tempDirs[0]!)).toBe(false);
    expect(seen.started).toEqual(['running']);
  });

  it('keeps only the error of a failed job, and retries it', async () => {
    const { queue, add } = makeQueue();
    queue.start();
    const job = add('bad', [{}, { fail: 'the file is damaged' }]);
    const failed = await queue.settled(job.id);
    expect(failed).toMatchObject({
      state: 'failed',
      error: { code: 'MEDIA_CORRUPT', message: 'the file is damaged' },
      attempts: 1,
    });
    expect(count('chunks')).toBe(0);
    expect(queue.retry(job.id).state).toBe('queued');
    expect(await queue.settled(job.id)).toMatchObject({ state: 'failed', attempts: 2 });
    const good = add('good', []);
    await queue.settled(good.id);
    expect(() => queue.retry(good.id)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('sends progress at most four times a second', async () => {
    const { queue, add, progress } = makeQueue();
    queue.start();
    const steps = Array.from({ length: 200 }, (_, i) => ({ progress: i / 200 }));
    await queue.settled(add('busy', [...steps, { wait: 300 }, { progress: 1 }]).id);
    const times = progress.map((p) => p.fraction);
    expect(times.length).toBeLessThanOrEqual(4);
    expect(times[times.length - 1]).toBe(1);
  });

  it('puts jobs left running by a crash back in the queue and runs them', async () => {
    const first = makeQueue();
    const job = first.add('interrupted', [{}, { wait: 5000 }]);
    project.db.prepare(`UPDATE jobs SET state = 'running' WHERE id = ?`).run(job.id);
    project.db.prepare("INSERT INTO chunks (hash, size, data) VALUES (?, 1, x'00')").run('left');
    project.db.prepare('INSERT INTO job_chunks (job_id, hash) VALUES (?, ?)').run(job.id, 'left');
    const second = makeQueue();
    project.db
      .prepare('UPDATE jobs SET payload = ? WHERE id = ?')
      .run(JSON.stringify({ name: 'again', steps: [] }), job.id);
    second.queue.start();
    expect(count('job_chunks')).toBe(0);
    expect(await second.queue.settled(job.id)).toMatchObject({ state: 'done' });
    expect(second.seen.started).toEqual(['again']);
  });

  it('leaves running work queued when the project closes', async () => {
    const { queue, add } = makeQueue();
    queue.start();
    const job = add('long', [{}, { wait: 5000 }]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    queue.stop();
    expect(project.db.prepare('SELECT state FROM jobs WHERE id = ?').get(job.id)).toEqual({
      state: 'queued',
    });
    expect(count('job_chunks')).toBe(0);
  });
});

describe('run-only job kinds (exports)', () => {
  const stateOf = (id: string) =>
    (project.db.prepare('SELECT state FROM jobs WHERE id = ?').get(id) as { state: string }).state;

  it('never run again after a crash: left running or queued, they end cancelled', async () => {
    const first = makeQueue();
    const running = first.add('export', [], 'oneshot');
    const queued = first.add('export 2', [], 'oneshot');
    const resumable = first.add('import', []);
    for (const job of [running, resumable]) {
      project.db.prepare(`UPDATE jobs SET state = 'running' WHERE id = ?`).run(job.id);
    }
    const second = makeQueue();
    second.queue.start();
    expect(stateOf(running.id)).toBe('cancelled');
    expect(stateOf(queued.id)).toBe('cancelled');
    expect(await second.queue.settled(resumable.id)).toMatchObject({ state: 'done' });
    expect(second.seen.started).toEqual(['import']);
    await expect(second.queue.outcome(running.id)).rejects.toMatchObject({
      code: 'JOB_CANCELLED',
    });
  });

  it('end cancelled when the project closes, once the run has wound down', async () => {
    const { queue, add } = makeQueue();
    queue.start();
    const exported = add('export', [{}, { wait: 5000 }], 'oneshot');
    const imported = add('import', [{}, { wait: 5000 }]);
    const outcome = queue.outcome(exported.id);
    await new Promise((resolve) => setTimeout(resolve, 20));
    queue.stop();
    await expect(outcome).rejects.toMatchObject({ code: 'JOB_CANCELLED' });
    expect(stateOf(exported.id)).toBe('cancelled');
    expect(stateOf(imported.id)).toBe('queued');
    expect(count('job_chunks')).toBe(0);
  });

  it('run beside other kinds, each kind one at a time, and give back what the run returned', async () => {
    const { queue, add, seen } = makeQueue();
    queue.start();
    const imported = add('import', [{ wait: 50 }]);
    const first = add('export', [{ wait: 10 }], 'oneshot');
    const second = add('export 2', [], 'oneshot');
    // The export does not wait for the import; the second export waits for the first.
    expect(seen.started).toEqual(['import', 'export']);
    await expect(queue.outcome(first.id)).resolves.toBe('export finished');
    await expect(queue.outcome(second.id)).resolves.toBe('export 2 finished');
    expect((await queue.settled(imported.id)).state).toBe('done');
    expect(seen.started).toEqual(['import', 'export', 'export 2']);
  });

  it('reject the outcome with the error of a failed run, and JOB_CANCELLED when cancelled', async () => {
    const { queue, add } = makeQueue();
    queue.start();
    const failing = add('bad', [{ fail: 'disk on fire' }], 'oneshot');
    await expect(queue.outcome(failing.id)).rejects.toMatchObject({
      code: 'MEDIA_CORRUPT',
      message: 'disk on fire',
    });
    const long = add('long', [{ wait: 5000 }], 'oneshot');
    const outcome = queue.outcome(long.id);
    queue.cancel(long.id);
    await expect(outcome).rejects.toMatchObject({ code: 'JOB_CANCELLED' });
  });

  it('without resume, leave what an earlier session left and run only their own jobs', async () => {
    const first = makeQueue();
    const left = first.add('left over', []);
    const second = makeQueue({ resume: false });
    second.queue.start();
    const own = second.add('own', []);
    expect((await second.queue.settled(own.id)).state).toBe('done');
    expect(stateOf(left.id)).toBe('queued');
    expect(second.seen.started).toEqual(['own']);
  });
});
