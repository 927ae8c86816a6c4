/**
 * The publish job: build the package for the profile's format, then hand it to the
 * profile's connector. It is a persistent job kind: after a quit or a crash it runs again,
 * and since exports are deterministic the rebuilt package has the same bytes, so a tus
 * upload resumes at the server's offset (its URL is kept in the job's payload).
 * Every outcome is recorded in `publications`, failures and cancels included.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { StudioError } from '../../shared/errors';
import { exportFormats } from '../../shared/model';
import {
  publishTargetKinds,
  type PublicationResult,
  type PublishProfile,
  type PublishTargetKind,
} from '../../shared/publish';
import { runExport } from '../export/run-export';
import { jobPayload, setJobPayload } from '../jobs/job-repo';
import { STOPPING } from '../jobs/queue';
import type { JobKind } from '../jobs/types';
import { now } from '../project/ids';
import type { Project } from '../project/project';
import { publishToCanvas } from './canvas';
import type { Connector, PublishOutcome } from './connector';
import { publishToFolder } from './folder';
import { defaultRetry, type RetryPolicy } from './http';
import { publishToMoodle } from './moodle';
import { publishToOpenEdx } from './openedx';
import { findSamePublication, insertPublication } from './publication-repo';
import type { SecretStore } from './secrets';
import { publishToTus } from './tus';

export const PUBLISH_JOB = 'publish';

export { profileSchema };

const connectors: Record<PublishTargetKind, Connector> = {
  openedx: publishToOpenEdx,
  canvas: publishToCanvas,
  moodle: publishToMoodle,
  tus: publishToTus,
  folder: publishToFolder,
};

const profileSchema = z.object({
  name: z.string().min(1).max(100),
  kind: z.enum(publishTargetKinds),
  url: z.string().min(1).max(2048),
  lmsUrl: z.string().max(2048).optional(),
  courseId: z.string().max(300).optional(),
  user: z.string().max(300).optional(),
  format: z.enum(exportFormats),
  sizeLimitMb: z.number().positive().optional(),
});

const payloadSchema = z.object({
  /** What the job tray shows: the profile's name. */
  title: z.string(),
  profile: profileSchema,
  /** Send even when these very bytes were already sent to this profile. */
  force: z.boolean().optional(),
  /** What the connector keeps across restarts (the tus upload URL). */
  state: z.record(z.string(), z.unknown()).optional(),
});
export type PublishPayload = z.infer<typeof payloadSchema>;

export interface PublishJobOptions {
  secrets: SecretStore;
  /** Where packages the teacher must still pick by hand are kept (Moodle). */
  keepDir: string;
  retry?: RetryPolicy;
  pollMs?: number;
  /** Called after a publication is recorded, so windows refetch the history. */
  recorded(): void;
}

/** Package file name: the course title made safe, then the format. */
export function packageFileName(title: string, profile: PublishProfile): string {
  const base =
    title
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'course';
  const suffix = profile.format === 'olx' ? '.tar.gz' : '.zip';
  return `${base}-${profile.format}${suffix}`;
}

export function publishJobKind(
  project: Project,
  options: PublishJobOptions,
): JobKind<PublishPayload> {
  return {
    parse: (payload) => payloadSchema.parse(payload),
    async run(data, job) {
      const { profile } = data;
      const secret = options.secrets.get(profile.name);
      const title = project.snapshot().course.title;
      const fileName = packageFileName(title, profile);
      const path = join(job.tempDir, fileName);
      const record = (
        outcome: Omit<Partial<PublishOutcome>, 'result'> & { result: PublicationResult },
        pkg: { sha256: string; size: number },
        errorCode: string | null = null,
      ) => {
        project.transact((db) =>
          insertPublication(db, {
            profile: profile.name,
            kind: profile.kind,
            format: profile.format,
            publishedAt: now(),
            sha256: pkg.sha256,
            size: pkg.size,
            result: outcome.result,
            remoteId: outcome.remoteId ?? null,
            url: outcome.url ?? null,
            messages: outcome.messages ?? [],
            steps: outcome.steps ?? [],
            errorCode,
          }),
        );
        options.recorded();
      };

      job.report({ fraction: 0, phase: 'packaging' });
      await runExport(
        project,
        { format: profile.format, outPath: path, options: {} },
        {
          signal: job.signal,
          onProgress: (fraction) => job.report({ fraction: fraction * 0.2, phase: 'packaging' }),
        },
      );
      const size = (await stat(path)).size;
      const sha256 = await fileSha256(path);
      const pkg = { path, fileName, size, sha256 };
      if (!data.force) {
        const earlier = findSamePublication(project.db, profile.name, sha256);
        if (earlier)
          throw new StudioError(
            'PUBLISH_UNCHANGED',
            `This course was already sent to ${profile.name} unchanged (${earlier.publishedAt}).`,
            { profile: profile.name, publishedAt: earlier.publishedAt },
          );
      }

      const state = {
        read: () => (jobPayload(project.db, job.jobId).payload as PublishPayload).state ?? {},
        write: (next: Record<string, unknown>) =>
          project.transact((db) =>
            setJobPayload(db, job.jobId, { ...data, state: next } satisfies PublishPayload),
          ),
      };
      try {
        const outcome = await connectors[profile.kind]({
          pkg,
          profile,
          secret,
          state,
          context: {
            signal: job.signal,
            log: job.log,
            retry: options.retry ?? defaultRetry,
            pollMs: options.pollMs ?? 2_000,
            report: (fraction, phase) => job.report({ fraction: 0.2 + fraction * 0.8, phase }),
          },
        });
        if (outcome.result === 'needs-action') {
          // The job's folder goes when it ends: keep the package the teacher must pick.
          await mkdir(options.keepDir, { recursive: true });
          const kept = join(options.keepDir, fileName);
          await copyFile(path, kept);
          outcome.steps = outcome.steps.map((step) =>
            step.params.path === path ? { ...step, params: { ...step.params, path: kept } } : step,
          );
        }
        record(outcome, pkg);
      } catch (error) {
        // A quit is not a cancel: the job runs again when the course reopens.
        if (job.signal.reason === STOPPING) throw error;
        const studioError = job.signal.aborted
          ? new StudioError('JOB_CANCELLED', 'The publish was cancelled.')
          : StudioError.from(error);
        record(
          {
            result: studioError.code === 'JOB_CANCELLED' ? 'cancelled' : 'failed',
            messages: platformWords(studioError),
          },
          pkg,
          studioError.code,
        );
        throw studioError;
      }
    },
  };
}

function platformWords(error: StudioError): string[] {
  const words = (error.details as { platformMessage?: unknown } | undefined)?.platformMessage;
  return typeof words === 'string' && words !== '' ? [words] : [];
}

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
