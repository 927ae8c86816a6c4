/**
 * The publish domain's contract methods: the readiness check, saved profiles and their
 * secrets, sending a course (a publish job) and the history of what was sent.
 */
import type { StudioHandlers } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import { publishNeedsSecret, type PublishProfile } from '../../shared/publish';
import type { StudioContext } from '../context';
import { now } from '../project/ids';
import { snapshotBeforePublish } from '../review/auto-snapshots';
import { estimatePackageBytes } from './package-size';
import type { ProfileStore } from './profiles';
import { listPublications } from './publication-repo';
import { PUBLISH_JOB, type PublishPayload } from './publish-job';
import { checkReadiness } from './readiness';
import type { SecretStore } from './secrets';

type PublishContext = Pick<StudioContext, 'current' | 'jobs'>;

type PublishMethods =
  | 'course.check'
  | 'profiles.list'
  | 'profiles.save'
  | 'profiles.remove'
  | 'publish.run'
  | 'publications.list';

export interface PublishStores {
  profiles: ProfileStore;
  secrets: SecretStore;
}

export function publishHandlers(
  context: PublishContext,
  { profiles, secrets }: PublishStores,
): Pick<StudioHandlers, PublishMethods> {
  const listed = () =>
    profiles
      .list()
      .map((profile) => ({ ...profile, hasSecret: secrets.get(profile.name) !== null }));
  return {
    'course.check': ({ sizeLimitBytes, https }) => {
      const { db } = context.current();
      return checkReadiness(db, { sizeLimitBytes, https }, estimatePackageBytes(db));
    },
    'profiles.list': () => listed(),
    'profiles.save': ({ profile, secret }) => {
      const url = parseUrl(profile.url, profile.kind === 'folder');
      if (profile.lmsUrl) parseUrl(profile.lmsUrl, false);
      profiles.save({ ...profile, url } as PublishProfile);
      if (secret !== undefined) secrets.set(profile.name, secret);
      return listed();
    },
    'profiles.remove': ({ name }) => {
      profiles.remove(name);
      secrets.remove(name);
      return listed();
    },
    'publish.run': ({ profile: name, force }) => {
      const profile = profiles.get(name);
      if (publishNeedsSecret[profile.kind] && secrets.get(name) === null)
        throw new StudioError('PUBLISH_NO_SECRET', `No token or secret is stored for ${name}.`, {
          profile: name,
        });
      const { db } = context.current();
      const readiness = checkReadiness(
        db,
        {
          https: profile.url.startsWith('https:'),
          sizeLimitBytes: profile.sizeLimitMb ? Math.round(profile.sizeLimitMb * 1e6) : undefined,
        },
        estimatePackageBytes(db),
      );
      if (!readiness.ok)
        throw new StudioError(
          'PUBLISH_NOT_READY',
          `${readiness.blocks} problem(s) block publishing.`,
          {
            blocks: readiness.blocks,
            items: readiness.items,
          },
        );
      // A publish to this profile that a quit or crash interrupted resumes when the course
      // opens: follow it rather than start a second one.
      const active = context
        .jobs()
        .list()
        .find(
          (job) =>
            job.kind === PUBLISH_JOB &&
            job.title === profile.name &&
            (job.state === 'queued' || job.state === 'running'),
        );
      if (active) return { jobId: context.jobs().adopt(active.id).id, readiness };
      // A way back to exactly what was sent.
      context.current().transact((db) => snapshotBeforePublish(db, now()));
      const payload: PublishPayload = { title: profile.name, profile, force };
      const job = context.jobs().enqueue(PUBLISH_JOB, payload, null);
      return { jobId: job.id, readiness };
    },
    'publications.list': () => listPublications(context.current().db),
  };
}

/** Profile URLs are http(s) (or a folder path for the folder kind). */
function parseUrl(value: string, folder: boolean): string {
  if (folder) return value;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new StudioError('INVALID_ARGUMENT', `${value} is not a web address.`, { field: 'url' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new StudioError('INVALID_ARGUMENT', `${value} is not an http(s) address.`, {
      field: 'url',
    });
  if (url.username || url.password)
    throw new StudioError(
      'INVALID_ARGUMENT',
      'Put credentials in the secret, not in the address.',
      {
        field: 'url',
      },
    );
  return value;
}
