/**
 * Open edX Studio (and XuetangX, which runs Open edX): an OLX .tar.gz through the course
 * import REST API, following edx-platform's own views:
 * - Token: `POST <lms>/oauth2/access_token` with `grant_type=client_credentials` and
 *   `token_type=jwt` (openedx/core/djangoapps/oauth_dispatch/views.py AccessTokenView).
 * - Upload: `POST <studio>/api/courses/v0/import/<course_id>/`, multipart field `course_data`,
 *   `Authorization: JWT <token>`; answers `{ task_id }` only
 *   (cms/djangoapps/contentstore/api/views/course_import.py CourseImportView.post).
 *   Every failure inside that view, its own 400s included, is caught by its `except` and
 *   answered as 500 `{ developer_message, error_code: 'internal_error' }`.
 * - Status: `GET` the same URL with `task_id` AND `filename` (both required: without
 *   `filename` the view answers 500 with `developer_message: "'filename'"`), answering
 *   `{ state }`: Pending, Unpacking, Verifying, Updating, then Succeeded or Failed
 *   (cms/djangoapps/contentstore/tasks.py import_olx, `self.status.set_state(...)`).
 * - Why it failed: the user task is named `Import of <course_id> from <filename>`
 *   (CourseImportTask.generate_name); `status.fail(message)` stores the message as its
 *   artifact named `Error` (django-user-tasks models.py UserTaskStatus.fail), read through
 *   `/api/tasks/v0/tasks/` and `/api/tasks/v0/artifacts/` (user_tasks/views.py, JWT only).
 */
import { StudioError } from '../../shared/errors';
import type { Connector } from './connector';
import { withoutSlash } from './connector';
import {
  errorForStatus,
  multipartBody,
  readJson,
  send,
  sleep,
  type ConnectorContext,
} from './http';

/** Upload is the first 70 % of the bar; the import task the rest. */
const UPLOAD_SHARE = 0.7;
const importSteps: Record<string, number> = { Pending: 0, Unpacking: 1, Verifying: 2, Updating: 3 };

export const publishToOpenEdx: Connector = async ({ pkg, profile, secret, context }) => {
  const studio = withoutSlash(profile.url);
  const lms = withoutSlash(profile.lmsUrl ?? profile.url);
  const courseId = profile.courseId ?? '';
  if (!courseId.startsWith('course-v1:'))
    throw new StudioError(
      'INVALID_ARGUMENT',
      'An Open edX course id looks like course-v1:Org+Number+Run.',
      {
        field: 'courseId',
      },
    );
  const host = new URL(studio).host;

  context.report(0, 'authenticating');
  const token = await jwtToken(lms, profile.user ?? '', secret ?? '', context);
  const auth = { Authorization: `JWT ${token}` };
  const importUrl = `${studio}/api/courses/v0/import/${encodeURIComponent(courseId)}/`;

  context.report(0, 'uploading');
  const body = multipartBody(
    [],
    {
      field: 'course_data',
      path: pkg.path,
      name: pkg.fileName,
      size: pkg.size,
      type: 'application/gzip',
    },
    (sent) => context.report((sent / pkg.size) * UPLOAD_SHARE, 'uploading'),
  );
  const posted = await send(
    importUrl,
    () => {
      const init = body.init();
      return { ...init, headers: { ...(init.headers as Record<string, string>), ...auth } };
    },
    context,
  );
  const postBody = (await readJson(posted)) as {
    task_id?: string;
    developer_message?: string;
  } | null;
  if (!posted.ok || typeof postBody?.task_id !== 'string') {
    throw errorForStatus(posted.status, host, developerMessage(postBody));
  }
  const taskId = postBody.task_id;
  context.log(`Open edX import task ${taskId}`);

  // Poll until the task ends; show the states it passes through.
  const statusUrl = `${importUrl}?task_id=${encodeURIComponent(taskId)}&filename=${encodeURIComponent(pkg.fileName)}`;
  for (;;) {
    const polled = await send(statusUrl, () => ({ headers: auth }), context);
    const status = (await readJson(polled)) as {
      state?: string;
      developer_message?: string;
    } | null;
    if (!polled.ok || typeof status?.state !== 'string')
      throw errorForStatus(polled.status, host, developerMessage(status));
    const state = status.state;
    if (state === 'Succeeded') break;
    if (state === 'Failed' || state === 'Canceled') {
      const reason = await importError(studio, courseId, pkg.fileName, auth, context);
      throw new StudioError(
        'PUBLISH_IMPORT_FAILED',
        `Open edX could not import the course: ${reason}`,
        {
          host,
          platformMessage: reason,
          state,
        },
      );
    }
    const step = importSteps[state] ?? 0;
    context.report(UPLOAD_SHARE + ((1 - UPLOAD_SHARE) * step) / 4, state);
    await sleep(context.pollMs, context.signal);
  }
  context.report(1, 'Succeeded');
  return {
    result: 'succeeded',
    remoteId: taskId,
    url: `${studio}/course/${courseId}`,
    messages: [],
    steps: [],
  };
};

async function jwtToken(
  lms: string,
  clientId: string,
  clientSecret: string,
  context: ConnectorContext,
): Promise<string> {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: clientSecret,
    token_type: 'jwt',
  });
  const response = await send(
    `${lms}/oauth2/access_token`,
    () => ({
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    }),
    context,
  );
  const body = (await readJson(response)) as {
    access_token?: string;
    error?: string;
    error_description?: string;
  } | null;
  if (response.ok && typeof body?.access_token === 'string') return body.access_token;
  // django-oauth-toolkit answers 401 `{"error": "invalid_client"}` for a wrong id or secret.
  const status = body?.error === 'invalid_client' ? 401 : response.status;
  throw errorForStatus(status, new URL(lms).host, body?.error_description ?? body?.error ?? '');
}

function developerMessage(body: { developer_message?: unknown; detail?: unknown } | null): string {
  if (typeof body?.developer_message === 'string') return body.developer_message;
  if (typeof body?.detail === 'string') return body.detail;
  return '';
}

interface TaskStatus {
  name?: string;
  state?: string;
  artifacts?: string[];
}
interface Artifact {
  name?: string;
  text?: string;
  status?: string;
}

/** The text of the failed task's `Error` artifact: the words Studio itself shows. */
async function importError(
  studio: string,
  courseId: string,
  fileName: string,
  auth: Record<string, string>,
  context: ConnectorContext,
): Promise<string> {
  const name = `Import of ${courseId} from ${fileName}`;
  try {
    const tasks = await send(`${studio}/api/tasks/v0/tasks/`, () => ({ headers: auth }), context);
    const list = (await readJson(tasks)) as { results?: TaskStatus[] } | TaskStatus[] | null;
    const results = Array.isArray(list) ? list : (list?.results ?? []);
    const task = results.find((entry) => entry.name === name);
    for (const artifactUrl of task?.artifacts ?? []) {
      const response = await send(
        new URL(artifactUrl, studio).toString(),
        () => ({ headers: auth }),
        context,
      );
      const artifact = (await readJson(response)) as Artifact | null;
      if (artifact?.name === 'Error' && typeof artifact.text === 'string')
        return errorText(artifact.text);
    }
  } catch (error) {
    if (error instanceof StudioError && error.code === 'JOB_CANCELLED') throw error;
    context.log(
      `Could not read the import's error: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return 'Open edX did not say why (see the course import page in Studio).';
}

/** Some failures store JSON (`{"raw_error_msg": ...}`), others the plain message. */
function errorText(text: string): string {
  try {
    const parsed = JSON.parse(text) as { raw_error_msg?: unknown };
    if (typeof parsed.raw_error_msg === 'string') return parsed.raw_error_msg;
  } catch {
    // plain text
  }
  return text;
}
