/**
 * The cost of one autosave of a large lesson: `lesson.save` through the contract (validation,
 * JSON, word count, one SQLite transaction in WAL) against the floor of writing the same JSON
 * to a plain file with fsync, measured in the same process.
 */
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../electron/shared/contract';
import { Studio } from '../../electron/core/studio';
import { lessonOf } from './documents';
import { median, timeRuns, type BenchResult } from './measure';

export async function benchAutosave(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'cs-bench-'));
  const studio = new Studio({ host: 'web', homeDir: join(dir, 'home') });
  try {
    const call = (method: string, args: unknown) =>
      dispatch(studio.handlers, method, args, { origin: 'bench' });
    const snapshot = (await call('project.create', {
      path: join(dir, 'b.course'),
      title: 'Bench',
      language: 'en',
    })) as {
      outline: { lessons: { id: string }[] }[];
    };
    const id = snapshot.outline[0]!.lessons[0]!.id;
    const doc = lessonOf(10_000, 20);
    const json = JSON.stringify(doc);
    let revision = 0;
    const ours = await timeRuns(15, async () => {
      revision = (
        (await call('lesson.save', { id, doc, baseRevision: revision })) as { revision: number }
      ).revision;
    });
    const plain = join(dir, 'plain.json');
    const baseline = await timeRuns(15, () => {
      const fd = openSync(plain, 'w');
      writeSync(fd, JSON.stringify(doc));
      fsyncSync(fd);
      closeSync(fd);
    });
    return {
      name: `Autosave of a 10,000-paragraph lesson (${(json.length / 1024 / 1024).toFixed(1)} MiB of JSON)`,
      measured: `lesson.save median ${median(ours).toFixed(1)} ms`,
      baseline: `JSON.stringify + write + fsync of the same document, median ${median(baseline).toFixed(1)} ms`,
      ratio: median(ours) / median(baseline),
    };
  } finally {
    studio.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
