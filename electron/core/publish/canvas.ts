/**
 * Canvas: a Common Cartridge through a content migration, as Canvas documents and implements
 * it (instructure/canvas-lms app/controllers/content_migrations_controller.rb `create`, and
 * the file upload flow of doc/api/file_uploads.md):
 * 1. `POST /api/v1/courses/:id/content_migrations` with
 *    `migration_type=common_cartridge_importer`, `pre_attachment[name]`,
 *    `pre_attachment[size]`. An unknown type answers 400 `{ message: "Invalid migration_type" }`;
 *    no file answers 400 `{ message: "File upload or url is required" }`.
 * 2. `POST` the cartridge to `pre_attachment.upload_url` with every `upload_params` field, the
 *    file field (`file_param`, `file` by default) last. Canvas answers 201 with the file, or a
 *    3xx whose `Location` must be fetched with the token to confirm the upload.
 * 3. Poll `progress_url` until `workflow_state` is `completed` or `failed`.
 * 4. List `content_migrations/:id/migration_issues` to the teacher.
 * Canvas answers 401 both for a bad token (`errors[0].message: "Invalid access token."`) and
 * for missing rights (`status: "unauthorized"`), so the body decides which it is
 * (app/controllers/application_controller.rb render_unauthorized_action).
 */
import { StudioError } from '../../shared/errors';
import type { Connector } from './connector';
import { withoutSlash } from './connector';
import { errorForStatus, multipartBody, readJson, send, sleep } from './http';

const UPLOAD_SHARE = 0.7;

interface Migration {
  id?: number | string;
  progress_url?: string;
  pre_attachment?: {
    upload_url?: string;
    upload_params?: Record<string, string>;
    file_param?: string;
    message?: string;
  };
}

interface Progress {
  workflow_state?: string;
  /** Percent. */
  completion?: number;
  message?: string | null;
}

interface CanvasErrorBody {
  message?: string;
  status?: string;
  errors?: { message?: string }[] | Record<string, unknown>;
}

export const publishToCanvas: Connector = async ({ pkg, profile, secret, context }) => {
  const base = withoutSlash(profile.url);
  const host = new URL(base).host;
  const courseId = profile.courseId ?? '';
  if (!/^(\d+|sis_course_id:.+)$/.test(courseId))
    throw new StudioError(
      'INVALID_ARGUMENT',
      'A Canvas course id is the number in the course URL.',
      {
        field: 'courseId',
      },
    );
  const auth = { Authorization: `Bearer ${secret ?? ''}` };
  const migrations = `${base}/api/v1/courses/${encodeURIComponent(courseId)}/content_migrations`;

  context.report(0, 'preparing');
  const form = new URLSearchParams({
    migration_type: 'common_cartridge_importer',
    'pre_attachment[name]': pkg.fileName,
    'pre_attachment[size]': String(pkg.size),
  });
  const created = await send(
    migrations,
    () => ({
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    }),
    context,
  );
  const migration = (await readJson(created)) as (Migration & CanvasErrorBody) | null;
  if (!created.ok) throw canvasError(created.status, host, migration);
  const upload = migration?.pre_attachment;
  if (!migration?.id || !migration.progress_url || !upload?.upload_url) {
    throw new StudioError(
      'PUBLISH_REJECTED',
      `${host} did not accept the upload: ${upload?.message ?? 'no upload URL'}`,
      {
        host,
        platformMessage: upload?.message ?? '',
      },
    );
  }
  context.log(`Canvas content migration ${migration.id}`);

  context.report(0, 'uploading');
  const body = multipartBody(
    Object.entries(upload.upload_params ?? {}),
    {
      field: upload.file_param ?? 'file',
      path: pkg.path,
      name: pkg.fileName,
      size: pkg.size,
      type: 'application/zip',
    },
    (sent) => context.report((sent / pkg.size) * UPLOAD_SHARE, 'uploading'),
  );
  // The upload URL may be another host (Canvas's file store): it carries its own auth in
  // upload_params, and must not be sent the user's token.
  const uploaded = await send(upload.upload_url, body.init, context);
  if (uploaded.status >= 300 && uploaded.status < 400) {
    const location = uploaded.headers.get('location');
    if (!location)
      throw new StudioError('PUBLISH_REJECTED', `${host}: upload not confirmed.`, {
        host,
        platformMessage: '',
      });
    const confirmed = await send(
      new URL(location, upload.upload_url).toString(),
      () => ({ headers: auth }),
      context,
    );
    if (!confirmed.ok)
      throw canvasError(
        confirmed.status,
        host,
        (await readJson(confirmed)) as CanvasErrorBody | null,
      );
  } else if (!uploaded.ok) {
    throw canvasError(uploaded.status, host, (await readJson(uploaded)) as CanvasErrorBody | null);
  } else {
    await uploaded.body?.cancel();
  }

  let progress: Progress | null = null;
  for (;;) {
    const polled = await send(
      progressUrl(migration.progress_url, base),
      () => ({ headers: auth }),
      context,
    );
    progress = (await readJson(polled)) as Progress | null;
    if (!polled.ok) throw canvasError(polled.status, host, progress as CanvasErrorBody | null);
    const state = progress?.workflow_state ?? 'queued';
    if (state === 'completed' || state === 'failed') break;
    const completion = typeof progress?.completion === 'number' ? progress.completion / 100 : 0;
    context.report(UPLOAD_SHARE + (1 - UPLOAD_SHARE) * completion, state);
    await sleep(context.pollMs, context.signal);
  }

  const issues = await migrationIssues(
    `${migrations}/${migration.id}/migration_issues`,
    auth,
    context,
  );
  if (progress?.workflow_state === 'failed') {
    const reason =
      [progress.message, ...issues].filter(Boolean).join('\n') || 'Canvas did not say why.';
    throw new StudioError(
      'PUBLISH_IMPORT_FAILED',
      `Canvas could not import the cartridge: ${reason}`,
      {
        host,
        platformMessage: reason,
      },
    );
  }
  context.report(1, 'completed');
  return {
    result: 'succeeded',
    remoteId: String(migration.id),
    url: `${base}/courses/${courseId}/content_migrations`,
    messages: issues,
    steps: [],
  };
};

function progressUrl(url: string, base: string): string {
  return new URL(url, base).toString();
}

async function migrationIssues(
  url: string,
  auth: Record<string, string>,
  context: Parameters<Connector>[0]['context'],
): Promise<string[]> {
  const response = await send(url, () => ({ headers: auth }), context);
  const list = (await readJson(response)) as
    { description?: string; error_message?: string; issue_type?: string }[] | null;
  if (!response.ok || !Array.isArray(list)) return [];
  return list.map((issue) =>
    [issue.issue_type, issue.description, issue.error_message].filter(Boolean).join(': '),
  );
}

function canvasError(status: number, host: string, body: CanvasErrorBody | null): StudioError {
  const messages = Array.isArray(body?.errors)
    ? body.errors.map((entry) => entry.message ?? '')
    : [];
  const text = [body?.message, ...messages].filter(Boolean).join(' ');
  // A 401 with status "unauthorized" is a permission problem, not a bad token.
  if (status === 401 && body?.status === 'unauthorized') return errorForStatus(403, host, text);
  return errorForStatus(status, host, text);
}
