/**
 * Run by media.bench.ts in its own process, so its memory is measured alone: ingests every
 * file under <dir> into <course> the way an import job does (staged chunks, one commit),
 * sampling RSS every 20 ms, and prints {idleMb, peakMb, seconds, bytes} as JSON.
 */
import { JobQueue } from '../../electron/core/jobs/queue';
import { listOutputFiles, stageOutputs } from '../../electron/core/media/ingest';
import { insertMediaAsset } from '../../electron/core/media/media-repo';
import { insertStagedFile } from '../../electron/core/project/asset-repo';
import { newId, now } from '../../electron/core/project/ids';
import { Project } from '../../electron/core/project/project';

const [dir, course] = process.argv.slice(2) as [string, string];
const mb = (bytes: number) => bytes / 1024 / 1024;

global.gc?.();
const idle = process.memoryUsage().rss;
let peak = idle;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);

const project = Project.create(course, { title: 'Ingest', language: 'en' });
const files = listOutputFiles(dir);
const bytes = files.reduce((sum, file) => sum + file.size, 0);
const queue = new JobQueue(
  project,
  {
    ingest: {
      parse: (payload) => payload as { assetId: string },
      async run(data: { assetId: string }, context) {
        const staged = await stageOutputs(project, context.jobId, files, context.signal, () => {});
        context.complete((db) => {
          insertMediaAsset(
            db,
            {
              id: data.assetId,
              kind: 'video',
              name: 'bench',
              mime: 'video/mp4',
              meta: {} as never,
            },
            now(),
          );
          for (const file of staged) insertStagedFile(db, data.assetId, file);
        });
      },
    },
  },
  { changed: () => {}, progress: () => {} },
);
queue.start();
const started = performance.now();
const assetId = newId();
const job = queue.enqueue('ingest', { assetId }, assetId);
const done = await queue.settled(job.id);
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
project.close();
if (done.state !== 'done') throw new Error(`ingest ${done.state}: ${JSON.stringify(done.error)}`);
process.stdout.write(`${JSON.stringify({ idleMb: mb(idle), peakMb: mb(peak), seconds, bytes })}\n`);
