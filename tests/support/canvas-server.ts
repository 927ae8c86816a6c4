/**
 * A Canvas on 127.0.0.1 that answers a Common Cartridge import as canvas-lms does:
 * - app/controllers/content_migrations_controller.rb `create`: an unknown `migration_type`
 *   answers 400 `{ message: "Invalid migration_type" }`; a plugin that requires a file and got
 *   no `pre_attachment[name]` answers 400 `{ message: "File upload or url is required" }`;
 *   success answers the ContentMigration with `progress_url` and `pre_attachment`
 *   (`upload_url`, `upload_params`, `file_param`).
 * - doc/api/file_uploads.md: the file goes to `upload_url` with every `upload_params` field and
 *   the file field LAST; the answer is 201 with the file, or a 3xx to a URL the client must
 *   GET with its token to confirm.
 * - app/controllers/application_controller.rb: a bad token is 401
 *   `{ errors: [{ message: "Invalid access token." }] }`; missing rights are also 401, with
 *   `{ status: "unauthorized", errors: [{ message: "user not authorized to perform that action" }] }`;
 *   an unknown course is 404 `{ errors: [{ message: "The specified resource does not exist." }] }`.
 * - app/models/progress.rb: `workflow_state` queued -> running -> completed | failed,
 *   `completion` in percent, `message`.
 * - content_migrations_controller / migration_issues_controller: issues with `issue_type`,
 *   `description`, `error_message`.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { json, parseMultipart, readBody, readForm } from './platform-http';
import { closeServer, listen, type RunningServer } from './publish-servers';

export interface CanvasOptions {
  /** Token -> course ids it may import into. */
  tokens: Record<string, string[]>;
  courses: string[];
  /** Confirm the upload with a redirect the client must follow. */
  confirmByRedirect?: boolean;
  failWith?: string;
  issues?: { issue_type: string; description: string; error_message: string | null }[];
}

export interface CanvasServer extends RunningServer {
  uploads: { name: string; bytes: number; fieldsBeforeFile: string[] }[];
  confirmed: number;
}

export async function startCanvas(options: CanvasOptions): Promise<CanvasServer> {
  let base = '';
  const uploads: CanvasServer['uploads'] = [];
  const progress = new Map<string, { polls: number }>();
  const pendingUploads = new Map<string, { size: number }>();
  const state = { confirmed: 0 };
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', base);
      if (url.pathname.startsWith('/files_api/upload/') && req.method === 'POST') {
        // The upload URL authenticates by its own params, not by the user's token.
        if (req.headers.authorization)
          return json(res, 400, { message: 'Authorization header not allowed on upload' });
        const key = url.pathname.split('/').pop()!;
        const parts = parseMultipart(req, await readBody(req));
        const fileIndex = parts.findIndex((part) => part.filename !== null);
        if (
          fileIndex !== parts.length - 1 ||
          parts.find((part) => part.name === 'upload_key')?.data.toString() !== key
        )
          return json(res, 400, { message: 'file must be the last field' });
        const file = parts[fileIndex]!;
        uploads.push({
          name: file.filename!,
          bytes: file.data.length,
          fieldsBeforeFile: parts.slice(0, fileIndex).map((part) => part.name),
        });
        if (options.confirmByRedirect) {
          res.writeHead(302, { Location: `${base}/api/v1/files/${key}/create_success` });
          return res.end();
        }
        return json(res, 201, { id: 1, display_name: file.filename, size: file.data.length });
      }

      const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
      const allowed = token === undefined ? undefined : options.tokens[token];
      if (!allowed) return json(res, 401, { errors: [{ message: 'Invalid access token.' }] });

      if (/^\/api\/v1\/files\/[^/]+\/create_success$/.test(url.pathname)) {
        state.confirmed += 1;
        return json(res, 200, { id: 1 });
      }
      const progressMatch = /^\/api\/v1\/progress\/([^/]+)$/.exec(url.pathname);
      if (progressMatch) {
        const entry = progress.get(progressMatch[1]!);
        if (!entry)
          return json(res, 404, {
            errors: [{ message: 'The specified resource does not exist.' }],
          });
        entry.polls += 1;
        if (entry.polls < 3)
          return json(res, 200, {
            workflow_state: entry.polls === 1 ? 'queued' : 'running',
            completion: entry.polls * 30,
            message: null,
          });
        return options.failWith
          ? json(res, 200, { workflow_state: 'failed', completion: 60, message: options.failWith })
          : json(res, 200, { workflow_state: 'completed', completion: 100, message: null });
      }
      const courseMatch =
        /^\/api\/v1\/courses\/([^/]+)\/content_migrations(?:\/(\d+)\/migration_issues)?$/.exec(
          url.pathname,
        );
      if (!courseMatch)
        return json(res, 404, { errors: [{ message: 'The specified resource does not exist.' }] });
      const courseId = decodeURIComponent(courseMatch[1]!);
      if (!options.courses.includes(courseId))
        return json(res, 404, { errors: [{ message: 'The specified resource does not exist.' }] });
      if (!allowed.includes(courseId))
        return json(res, 401, {
          status: 'unauthorized',
          errors: [{ message: 'user not authorized to perform that action' }],
        });
      if (courseMatch[2]) return json(res, 200, options.issues ?? []);
      if (req.method !== 'POST') return json(res, 200, []);
      const form = await readForm(req);
      if (form.get('migration_type') !== 'common_cartridge_importer')
        return json(res, 400, { message: 'Invalid migration_type' });
      if (!form.get('pre_attachment[name]'))
        return json(res, 400, { message: 'File upload or url is required' });
      const id = String(progress.size + 1);
      const key = randomUUID();
      progress.set(id, { polls: 0 });
      pendingUploads.set(key, { size: Number(form.get('pre_attachment[size]')) });
      return json(res, 200, {
        id: Number(id),
        migration_type: 'common_cartridge_importer',
        workflow_state: 'pre_processing',
        progress_url: `${base}/api/v1/progress/${id}`,
        pre_attachment: {
          upload_url: `${base}/files_api/upload/${key}`,
          upload_params: { upload_key: key, filename: form.get('pre_attachment[name]') },
          file_param: 'file',
        },
      });
    })();
  });
  const port = await listen(server);
  base = `http://127.0.0.1:${port}`;
  return Object.assign(state, {
    url: base,
    port,
    uploads,
    close: () => closeServer(server),
  }) as CanvasServer;
}
