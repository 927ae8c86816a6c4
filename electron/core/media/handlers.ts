/**
 * The media library, captions and jobs methods of the contract. They reach the open project
 * and its task runner through the context.
 */
import type { StudioHandlers } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { StudioContext } from '../context';
import { deleteFailedJobsOfAsset } from '../jobs/job-repo';
import type { JobQueue } from '../jobs/queue';
import { newId, now } from '../project/ids';
import { snapshotBeforeImport } from '../review/auto-snapshots';
import { addCaption, removeCaption } from './caption-tracks';
import { extractMedia } from './extract';
import { IMPORT_JOB } from './import-job';
import { prepareImport } from './import-preflight';
import {
  deleteAsset,
  findAssetRow,
  getMediaAsset,
  getMediaAssetDetail,
  listMediaAssets,
  renameAsset,
  requireMediaMeta,
  setMediaMeta,
} from './media-repo';

type MediaMethods =
  | 'media.import'
  | 'media.list'
  | 'media.get'
  | 'media.rename'
  | 'media.delete'
  | 'media.replace'
  | 'media.setChapters'
  | 'media.extract'
  | 'captions.add'
  | 'captions.remove'
  | 'jobs.list'
  | 'jobs.cancel'
  | 'jobs.retry';

export function mediaHandlers(
  studio: Pick<StudioContext, 'current' | 'changed' | 'jobs'>,
): Pick<StudioHandlers, MediaMethods> {
  const db = () => studio.current().db;
  /** One user action, one transaction. */
  const transact = <T>(work: () => T): T => studio.current().transact(() => work());

  /** The same course is still open after probing (another may have been opened meanwhile). */
  const stillOpen = (queue: JobQueue): JobQueue => {
    if (studio.jobs() !== queue) {
      throw new StudioError('NO_PROJECT_OPEN', 'The course was closed before the import started.');
    }
    return queue;
  };

  /** Jobs of an asset that have not finished. */
  const activeJobs = (assetId: string) =>
    studio
      .jobs()
      .list()
      .filter(
        (job) => job.assetId === assetId && (job.state === 'queued' || job.state === 'running'),
      );

  return {
    'media.import': async (request, { origin }) => {
      const assetId = newId();
      const queue = studio.jobs();
      const payload = await prepareImport(db(), request, { assetId, mode: 'new' });
      // A way back from the import.
      transact(() => snapshotBeforeImport(db(), now()));
      const job = stillOpen(queue).enqueue(IMPORT_JOB, payload, assetId);
      studio.changed('assets', origin);
      return { jobId: job.id, assetId };
    },
    'media.replace': async ({ assetId, ...request }, { origin }) => {
      const row = findAssetRow(db(), assetId);
      if (!row) throw new StudioError('NOT_FOUND', `No media with id ${assetId}.`, { id: assetId });
      requireMediaMeta(db(), assetId);
      const queue = studio.jobs();
      const payload = await prepareImport(db(), request, {
        assetId,
        mode: 'replace',
        kind: row.kind,
      });
      // Only once the new file is known to be good does it take over from earlier imports.
      for (const job of activeJobs(assetId)) stillOpen(queue).cancel(job.id);
      const job = stillOpen(queue).enqueue(IMPORT_JOB, { ...payload, title: row.name }, assetId);
      studio.changed('assets', origin);
      return { jobId: job.id, assetId };
    },
    'media.list': () => listMediaAssets(db()),
    'media.get': ({ assetId }) => getMediaAssetDetail(db(), assetId),
    'media.rename': ({ assetId, name }, { origin }) => {
      transact(() => renameAsset(db(), assetId, name));
      studio.changed('assets', origin);
      return getMediaAsset(db(), assetId);
    },
    'media.delete': ({ assetId }, { origin }) => {
      const pending = activeJobs(assetId);
      for (const job of pending) studio.jobs().cancel(job.id);
      const deleted = transact<boolean>(() => {
        // A failed import is listed from its job: deleting it drops that job too.
        const droppedJobs = deleteFailedJobsOfAsset(db(), assetId);
        return deleteAsset(db(), assetId) || droppedJobs > 0;
      });
      if (!deleted && pending.length === 0) {
        throw new StudioError('NOT_FOUND', `No media with id ${assetId}.`, { id: assetId });
      }
      studio.changed('assets', origin);
      return null;
    },
    'media.setChapters': ({ assetId, chapters }, { origin }) => {
      transact(() => {
        const meta = requireMediaMeta(db(), assetId);
        const sorted = [...chapters].sort((a, b) => a.time - b.time);
        const outside = sorted.find((chapter) => chapter.time >= meta.durationSec);
        if (outside) {
          throw new StudioError(
            'INVALID_ARGUMENT',
            `The chapter "${outside.title}" starts after the video ends.`,
            {
              time: outside.time,
              durationSec: meta.durationSec,
            },
          );
        }
        setMediaMeta(db(), assetId, { ...meta, chapters: sorted });
      });
      studio.changed('assets', origin);
      return getMediaAsset(db(), assetId);
    },
    'captions.add': ({ assetId, path, lang, label, encoding }, { origin }) => {
      const tracks = addCaption(studio.current(), assetId, { path, lang, label, encoding });
      studio.changed('assets', origin);
      return tracks;
    },
    'captions.remove': ({ assetId, lang }, { origin }) => {
      const tracks = removeCaption(studio.current(), assetId, lang);
      studio.changed('assets', origin);
      return tracks;
    },
    'media.extract': ({ assetId, outDir }) => extractMedia(db(), assetId, outDir),
    'jobs.list': () => studio.jobs().list(),
    'jobs.cancel': ({ jobId }) => studio.jobs().cancel(jobId),
    'jobs.retry': ({ jobId }) => studio.jobs().retry(jobId),
  };
}
