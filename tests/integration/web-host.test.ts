import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, serve, type RunningHost } from '../support/cli';
import { tempDir } from '../support/temp';

const hosts: RunningHost[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.child.kill('SIGKILL');
});

/** The host's own behaviour does not depend on the UI: serve a stand-in page. */
function standInRenderer(dir: string): string {
  const root = join(dir, 'renderer');
  mkdirSync(root);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Course Studio</title>');
  return root;
}

async function startCourse() {
  const dir = tempDir();
  const file = join(dir, 'web.course');
  expect(runCli(['new', file, '--from-sample', 'bilingual-intro']).code).toBe(0);
  const host = await serve([file], {
    COURSE_STUDIO_HOME: join(dir, 'home'),
    COURSE_STUDIO_RENDERER_DIR: standInRenderer(dir),
  });
  hosts.push(host);
  return { host, file, dir };
}

/** A raw request, so tests can send headers fetch would not (a foreign Host). */
function raw(host: RunningHost, path: string, headers: Record<string, string>, body?: string) {
  return rawAt(Number(host.url.port), path, headers, body);
}

function rawAt(port: number, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>(
    (resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path,
          method: body === undefined ? 'GET' : 'POST',
          headers,
        },
        (res) => {
          let data = '';
          res.setEncoding('latin1');
          res.on('data', (chunk: string) => (data += chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: data, headers: res.headers }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    },
  );
}

// The tests read into replies freely; a wrong shape fails the assertion that reads it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

function rpc(host: RunningHost, method: string, args: unknown, client = 'test-client') {
  return fetch(`${host.origin}/rpc/${method}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${host.token}`,
      'content-type': 'application/json',
      'x-studio-client': client,
    },
    body: JSON.stringify(args),
  }).then((r) => r.json() as Promise<{ ok: boolean; value?: Loose; error?: { code: string } }>);
}

describe('the web host', () => {
  it('binds loopback and refuses requests without the token (401), with a wrong one (403) or a foreign Host (403)', async () => {
    const { host } = await startCourse();
    expect(host.url.hostname).toBe('127.0.0.1');
    const own = `127.0.0.1:${host.url.port}`;
    expect((await raw(host, '/rpc/project.current', { host: own }, '{}')).status).toBe(401);
    expect((await raw(host, '/', { host: own })).status).toBe(401);
    expect(
      (await raw(host, '/rpc/project.current', { host: own, authorization: 'Bearer wrong' }, '{}'))
        .status,
    ).toBe(403);
    expect(
      (await raw(host, `/?token=${host.token}`, { host: `evil.example:${host.url.port}` })).status,
    ).toBe(403);
    expect(
      (
        await raw(
          host,
          '/rpc/project.current',
          { host: own, authorization: `Bearer ${host.token}`, origin: 'http://evil.example' },
          '{}',
        )
      ).status,
    ).toBe(403);
    const page = await raw(host, `/?token=${host.token}`, { host: own });
    expect(page.status).toBe(200);
    expect(page.headers['set-cookie']).toEqual([
      expect.stringMatching(/HttpOnly; SameSite=Strict/),
    ]);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    const cookie = String((page.headers['set-cookie'] as string[])[0]).split(';')[0]!;
    expect((await raw(host, '/rpc/project.current', { host: own, cookie }, '{}')).status).toBe(200);
    expect((await raw(host, '/../../etc/passwd', { host: own, cookie })).status).toBe(404);
  });

  it('runs contract calls, with validation errors as StudioErrors', async () => {
    const { host } = await startCourse();
    const current = await rpc(host, 'project.current', {});
    expect(current.ok).toBe(true);
    expect(current.value.course.title).toBe('Introduction to Programming · 编程入门');
    expect(await rpc(host, 'outline.rename', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(await rpc(host, 'no.such', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
  });

  it('pushes project.changed to other tabs over SSE', async () => {
    const { host } = await startCourse();
    const controller = new AbortController();
    const stream = await fetch(`${host.origin}/events?client=tab-b`, {
      headers: { authorization: `Bearer ${host.token}` },
      signal: controller.signal,
    });
    const reader = stream.body!.getReader();
    const current = await rpc(host, 'project.current', {});
    const sectionId = current.value.outline[0].id as string;
    await rpc(host, 'outline.addLesson', { sectionId, title: 'From tab A' }, 'tab-a');
    let text = '';
    while (!text.includes('event: project.changed'))
      text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(text).toContain('"reason":"outline"');
    expect(text).toContain('"origin":"tab-a"');
  });

  it('serves asset bytes with Range requests', async () => {
    const { host } = await startCourse();
    const [asset] = (await rpc(host, 'asset.list', {})).value as { id: string; size: number }[];
    const own = `127.0.0.1:${host.url.port}`;
    const auth = { host: own, authorization: `Bearer ${host.token}` };
    const whole = await raw(host, `/media/asset/${asset!.id}`, auth);
    expect(whole.status).toBe(200);
    expect(whole.body.length).toBe(asset!.size);
    expect(whole.body.slice(1, 4)).toBe('PNG');
    const part = await raw(host, `/media/asset/${asset!.id}`, { ...auth, range: 'bytes=1-3' });
    expect(part.status).toBe(206);
    expect(part.body).toBe('PNG');
    expect(part.headers['content-range']).toBe(`bytes 1-3/${asset!.size}`);
    expect(
      (
        await raw(host, `/media/asset/${asset!.id}`, {
          ...auth,
          range: `bytes=${asset!.size + 5}-`,
        })
      ).status,
    ).toBe(416);
    expect((await raw(host, '/media/asset/nope', auth)).status).toBe(404);
  });

  it('serves the learner preview from its own origin, which cannot call the studio', async () => {
    const { host } = await startCourse();
    const own = `127.0.0.1:${host.url.port}`;
    const auth = { host: own, authorization: `Bearer ${host.token}` };
    const preview = await rpc(host, 'preview.course', {});
    expect(preview.ok).toBe(true);
    // The studio's /preview/ URL redirects to another port: another origin than the studio.
    const redirect = await raw(host, `/preview/${preview.value.entry}`, auth);
    expect(redirect.status).toBe(302);
    const location = new URL(String(redirect.headers.location));
    expect(location.hostname).toBe('127.0.0.1');
    expect(location.port).not.toBe(host.url.port);
    expect(location.href).not.toContain(host.token);
    expect((await raw(host, `/preview/${preview.value.entry}`, { host: own })).status).toBe(401);
    expect((await raw(host, '/preview/../package.json', auth)).status).toBe(404);

    const previewHost = `127.0.0.1:${location.port}`;
    const get = (path: string, headers: Record<string, string> = {}) =>
      rawAt(Number(location.port), path, { host: previewHost, ...headers });
    const page = await get(location.pathname);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const policy = String(page.headers['content-security-policy']);
    expect(policy).toContain(`frame-ancestors http://127.0.0.1:${host.url.port}`);
    expect(policy).toContain("connect-src 'self'");
    expect(page.body).toContain('<script');
    expect(page.body).not.toContain(host.token);
    // Without the per-run secret prefix, or under a foreign Host, there is nothing to read.
    expect((await get(`/${preview.value.entry}`)).status).toBe(404);
    const secret = location.pathname.split('/')[1]!;
    expect((await get(`/${secret}/../${preview.value.entry}`)).status).toBe(404);
    expect(
      (await rawAt(Number(location.port), location.pathname, { host: 'evil.test' })).status,
    ).toBe(403);
    // The preview origin serves no API, and the studio refuses calls coming from it, even
    // with the token cookie the browser would attach (cookies are not kept per port).
    expect((await get(`/${secret}/rpc/outline.get`)).status).toBe(404);
    const fromPreview = await raw(
      host,
      '/rpc/outline.get',
      { host: own, origin: `http://${previewHost}`, cookie: `course_studio_token=${host.token}` },
      '{}',
    );
    expect(fromPreview.status).toBe(403);
  });

  it('downloads an exported package only with the token and only from home or the course folder', async () => {
    const dir = tempDir();
    const home = join(dir, 'home-folder');
    mkdirSync(home);
    const file = join(dir, 'course', 'dl.course');
    mkdirSync(join(dir, 'course'));
    expect(runCli(['new', file, '--title', 'Download 下载'])).toMatchObject({ code: 0 });
    writeFileSync(join(home, '光学-scorm12.zip'), 'PK-home');
    writeFileSync(join(dir, 'course', 'next-to-course.zip'), 'PK-course');
    writeFileSync(join(dir, 'elsewhere.zip'), 'PK-elsewhere');
    const host = await serve([file], {
      HOME: home,
      COURSE_STUDIO_HOME: join(dir, 'settings'),
      COURSE_STUDIO_RENDERER_DIR: standInRenderer(dir),
    });
    hosts.push(host);
    const own = `127.0.0.1:${host.url.port}`;
    const auth = { host: own, authorization: `Bearer ${host.token}` };
    const at = (path: string) => `/download?path=${encodeURIComponent(path)}`;

    const fromHome = await raw(host, at(join(home, '光学-scorm12.zip')), auth);
    expect(fromHome.status).toBe(200);
    expect(fromHome.body).toBe('PK-home');
    expect(fromHome.headers['content-disposition']).toBe(
      `attachment; filename="__-scorm12.zip"; filename*=UTF-8''${encodeURIComponent('光学-scorm12.zip')}`,
    );
    expect((await raw(host, at(join(dir, 'course', 'next-to-course.zip')), auth)).body).toBe(
      'PK-course',
    );
    expect((await raw(host, at(join(home, '光学-scorm12.zip')), { host: own })).status).toBe(401);
    expect((await raw(host, at(join(dir, 'elsewhere.zip')), auth)).status).toBe(403);
    expect((await raw(host, at(join(home, '..', 'elsewhere.zip')), auth)).status).toBe(403);
    expect((await raw(host, at(home), auth)).status).toBe(404);
    expect((await raw(host, at('relative.zip'), auth)).status).toBe(403);
  });

  it('stops cleanly on SIGTERM and SIGINT, leaving the course closed and intact', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const { host, file } = await startCourse();
      host.child.kill(signal);
      expect(await host.exited).toBe(0);
      const info = runCli(['info', file, '--json']);
      expect(info.code).toBe(0);
    }
  });

  it('reports a course already open in another studio as in use', async () => {
    const { host, file, dir } = await startCourse();
    const second = runCli(['info', file]);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/open in another Course Studio/);
    const other = await serve([], {
      COURSE_STUDIO_HOME: join(dir, 'home2'),
      COURSE_STUDIO_RENDERER_DIR: join(dir, 'renderer'),
    });
    hosts.push(other);
    expect(await rpc(other, 'project.open', { path: file })).toMatchObject({
      ok: false,
      error: { code: 'PROJECT_IN_USE' },
    });
    expect(host.child.exitCode).toBe(null);
  });
});
