/**
 * An Open edX LMS + Studio on 127.0.0.1 that answers the course import exactly as
 * edx-platform's own code does, for the parts a publish touches. Each rule names its source:
 * - openedx/core/djangoapps/oauth_dispatch/views.py AccessTokenView (django-oauth-toolkit):
 *   `grant_type=client_credentials`; a wrong client answers 401 `{"error": "invalid_client"}`;
 *   `token_type=jwt` gives a JWT, anything else an opaque bearer token the JWT-only APIs refuse.
 * - cms/djangoapps/contentstore/api/views/course_import.py CourseImportView:
 *   POST needs `course_data` with a name ending .tar.gz or .zip (IMPORTABLE_FILE_TYPES); both
 *   checks raise a 400 inside a `try` whose `except Exception` re-raises it as 500 with
 *   `developer_message: str(e)` (empty) and `error_code: "internal_error"`; success answers
 *   only `{ task_id }`. GET reads `request.GET['task_id']` and `['filename']`: a missing one is a
 *   KeyError, answered 500 with `developer_message: "'filename'"`.
 * - openedx/core/lib/api/view_utils.py DeveloperErrorViewMixin: errors are
 *   `{ developer_message, error_code? }`; an authentication failure is 401 with the message.
 * - cms/djangoapps/contentstore/api/views/utils.py course_author_access_required: 403.
 * - cms/djangoapps/contentstore/tasks.py import_olx + CourseImportTask.generate_name: the user
 *   task `Import of <course_id> from <filename>` goes Pending -> Unpacking -> Verifying ->
 *   Updating -> Succeeded, or Failed with an `Error` artifact holding the message
 *   (django-user-tasks models.py UserTaskStatus.fail, serializers.py, views.py: the status
 *   lists artifact URLs; an artifact has `name`, `text`, `status`).
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { json, parseMultipart, readBody, readForm } from './platform-http';
import { closeServer, listen, type RunningServer } from './publish-servers';

export interface OpenEdxOptions {
  clientId: string;
  clientSecret: string;
  /** Course keys the client may author. */
  authorOf: string[];
  /** Tokens are refused as expired right after they are issued. */
  expireTokens?: boolean;
  /** Status polls that stay in each state before the next one. */
  pollsPerState?: number;
  /** The import fails in Verifying with this message. */
  failWith?: string;
}

interface Task {
  id: string;
  name: string;
  states: string[];
  polls: number;
  artifacts: { id: string; name: string; text: string }[];
}

export interface OpenEdxServer extends RunningServer {
  /** Files Studio received, by task id. */
  received: Map<string, { filename: string; bytes: number }>;
  /** Every state a status poll answered, in order. */
  answered: string[];
}

export async function startOpenEdx(options: OpenEdxOptions): Promise<OpenEdxServer> {
  const tokens = new Set<string>();
  const tasks = new Map<string, Task>();
  const received = new Map<string, { filename: string; bytes: number }>();
  const answered: string[] = [];
  let base = '';

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', base);
      if (url.pathname === '/oauth2/access_token' && req.method === 'POST') {
        const form = await readForm(req);
        if (
          form.get('grant_type') !== 'client_credentials' ||
          form.get('client_id') !== options.clientId ||
          form.get('client_secret') !== options.clientSecret
        )
          return json(res, 401, { error: 'invalid_client' });
        const token = `${form.get('token_type') === 'jwt' ? 'jwt' : 'opaque'}-${randomUUID()}`;
        tokens.add(token);
        return json(res, 200, {
          access_token: token,
          token_type: form.get('token_type') === 'jwt' ? 'JWT' : 'Bearer',
          expires_in: 3600,
          scope: 'read write email profile',
        });
      }
      if (!url.pathname.startsWith('/api/')) return json(res, 404, { detail: 'Not found.' });
      const auth = /^JWT (\S+)$/.exec(req.headers.authorization ?? '');
      if (!auth || !tokens.has(auth[1]!) || !auth[1]!.startsWith('jwt-'))
        return json(res, 401, { developer_message: 'Error decoding token.' });
      if (options.expireTokens)
        return json(res, 401, { developer_message: 'Signature has expired.' });

      const importMatch = /^\/api\/courses\/v0\/import\/([^/]+)\/$/.exec(url.pathname);
      if (importMatch) {
        const courseKey = decodeURIComponent(importMatch[1]!);
        if (!options.authorOf.includes(courseKey))
          return json(res, 403, {
            developer_message: `The requesting user does not have course author permissions for ${courseKey}.`,
          });
        if (req.method === 'POST') {
          const parts = parseMultipart(req, await readBody(req));
          const file = parts.find((part) => part.name === 'course_data' && part.filename !== null);
          // The view's own 400s are caught by its `except Exception` and become 500s.
          if (!file || !/\.(tar\.gz|zip)$/.test(file.filename!))
            return json(res, 500, { developer_message: '', error_code: 'internal_error' });
          const id = randomUUID();
          const states = ['Pending', 'Unpacking', 'Verifying'];
          states.push(...(options.failWith ? ['Failed'] : ['Updating', 'Succeeded']));
          tasks.set(id, {
            id,
            name: `Import of ${courseKey} from ${file.filename}`,
            states,
            polls: 0,
            artifacts: [],
          });
          received.set(id, { filename: file.filename!, bytes: file.data.length });
          return json(res, 200, { task_id: id });
        }
        const taskId = url.searchParams.get('task_id');
        const filename = url.searchParams.get('filename');
        if (taskId === null)
          return json(res, 500, { developer_message: "'task_id'", error_code: 'internal_error' });
        if (filename === null)
          return json(res, 500, { developer_message: "'filename'", error_code: 'internal_error' });
        const task = tasks.get(taskId);
        if (!task || task.name !== `Import of ${courseKey} from ${filename}`)
          return json(res, 500, {
            developer_message: "'NoneType' object has no attribute 'state'",
            error_code: 'internal_error',
          });
        const step = Math.min(
          task.states.length - 1,
          Math.floor(task.polls / (options.pollsPerState ?? 1)),
        );
        task.polls += 1;
        const state = task.states[step]!;
        if (state === 'Failed' && task.artifacts.length === 0)
          task.artifacts.push({ id: randomUUID(), name: 'Error', text: options.failWith! });
        answered.push(state);
        return json(res, 200, { state });
      }
      if (url.pathname === '/api/tasks/v0/tasks/') {
        const results = [...tasks.values()].map((task) => ({
          name: task.name,
          state: task.states[Math.min(task.states.length - 1, task.polls)],
          state_text: '',
          completed_steps: 0,
          total_steps: 3,
          attempts: 1,
          artifacts: task.artifacts.map(
            (artifact) => `${base}/api/tasks/v0/artifacts/${artifact.id}/`,
          ),
        }));
        return json(res, 200, { count: results.length, next: null, previous: null, results });
      }
      const artifactMatch = /^\/api\/tasks\/v0\/artifacts\/([^/]+)\/$/.exec(url.pathname);
      if (artifactMatch) {
        for (const task of tasks.values())
          for (const artifact of task.artifacts)
            if (artifact.id === artifactMatch[1])
              return json(res, 200, {
                name: artifact.name,
                status: `${base}/api/tasks/v0/tasks/${task.id}/`,
                file: '',
                text: artifact.text,
                url: '',
              });
      }
      return json(res, 404, { developer_message: 'Not found.' });
    })();
  });
  const port = await listen(server);
  base = `http://127.0.0.1:${port}`;
  return { url: base, port, received, answered, close: () => closeServer(server) };
}
