/**
 * The web host serves an imported video's files from the project's chunks, with the right
 * content types, Range and ETag, and accepts browser uploads for import at POST /upload.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, serve, type RunningHost } from '../../support/cli';
import { makeClip } from '../../support/media';

let dir: string;
let host: RunningHost;
let assetId: string;
let clip: string;

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${host.origin}${path}`, {
    headers: { authorization: `Bearer ${host.token}`, ...headers },
  });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function rpc(method: string, args: unknown): Promise<any> {
  const response = await fetch(`${host.origin}/rpc/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  const reply = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return reply.value;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cs-serve-'));
  const course = join(dir, 'serve.course');
  clip = makeClip(dir, 'clip.mp4', { width: 640, height: 360, seconds: 3 });
  const env = { COURSE_STUDIO_TEMP: join(dir, 'tmp'), COURSE_STUDIO_HOME: join(dir, 'home') };
  expect(runCli(['new', course, '--title', 'Serve']).code).toBe(0);
  const imported = runCli(['import-video', course, clip, '--quality', 'fast', '--json'], env);
  expect(imported.code, imported.stderr).toBe(0);
  assetId = (JSON.parse(imported.stdout) as { assetId: string }).assetId;
  const renderer = join(dir, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Course Studio</title>');
  host = await serve([course], { ...env, COURSE_STUDIO_RENDERER_DIR: renderer });
}, 120_000);

afterAll(() => {
  host?.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('/media/asset/<id>/<file>', () => {
  it('serves playlists, segments, MP4, captions and images with their content types', async () => {
    const master = await get(`/media/asset/${assetId}/hls/master.m3u8`);
    expect(master.status).toBe(200);
    expect(master.headers.get('content-type')).toBe('application/vnd.apple.mpegurl; charset=utf-8');
    expect(await master.text()).toContain('360p/index.m3u8');
    for (const [file, type] of [
      ['hls/360p/index.m3u8', 'application/vnd.apple.mpegurl; charset=utf-8'],
      ['hls/360p/init.mp4', 'video/mp4'],
      ['hls/360p/seg-0.m4s', 'video/iso.segment'],
      ['video.mp4', 'video/mp4'],
      ['poster.jpg', 'image/jpeg'],
      ['thumbs/thumbs.vtt', 'text/vtt; charset=utf-8'],
    ]) {
      const response = await get(`/media/asset/${assetId}/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe(type);
      expect((await response.arrayBuffer()).byteLength).toBe(
        Number(response.headers.get('content-length')),
      );
    }
  });

  it('honours Range and ETag, and serves the MP4 as the asset itself', async () => {
    const whole = Buffer.from(await (await get(`/media/asset/${assetId}/video.mp4`)).arrayBuffer());
    const part = await get(`/media/asset/${assetId}/video.mp4`, { range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${whole.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(whole.subarray(100, 200))).toBe(true);
    const etag = part.headers.get('etag')!;
    expect((await get(`/media/asset/${assetId}/video.mp4`, { 'if-none-match': etag })).status).toBe(
      304,
    );
    const main = await get(`/media/asset/${assetId}`);
    expect(Buffer.from(await main.arrayBuffer()).equals(whole)).toBe(true);
    expect(
      (await get(`/media/asset/${assetId}/video.mp4`, { range: `bytes=${whole.length}-` })).status,
    ).toBe(416);
  });

  it('refuses paths that leave the asset and unknown files', async () => {
    for (const path of [
      `/media/asset/${assetId}/../../etc/passwd`,
      `/media/asset/${assetId}/hls/%2e%2e/%2e%2e/x`,
      `/media/asset/${assetId}/nope.mp4`,
      `/media/asset/nope/video.mp4`,
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
    expect((await fetch(`${host.origin}/media/asset/${assetId}/video.mp4`)).status).toBe(401);
  });
});

describe('POST /upload', () => {
  it('streams a dropped file to a temp path that media.import takes, then removes it', async () => {
    const bytes = readFileSync(clip);
    const response = await fetch(
      `${host.origin}/upload?name=${encodeURIComponent('../我的 lecture.mp4')}`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${host.token}`,
          'content-type': 'application/octet-stream',
        },
        body: bytes,
      },
    );
    const reply = (await response.json()) as { ok: boolean; value: { path: string; size: number } };
    expect(reply.ok).toBe(true);
    expect(reply.value.size).toBe(bytes.length);
    expect(reply.value.path.startsWith(join(dir, 'tmp', 'uploads'))).toBe(true);
    expect(reply.value.path.endsWith('.mp4')).toBe(true);
    expect(readFileSync(reply.value.path).equals(bytes)).toBe(true);

    const { jobId } = await rpc('media.import', { path: reply.value.path, quality: 'fast' });
    for (let i = 0; i < 600; i += 1) {
      const jobs = (await rpc('jobs.list', {})) as { id: string; state: string }[];
      const state = jobs.find((job) => job.id === jobId)?.state;
      if (state === 'done') break;
      expect(state).not.toBe('failed');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(existsSync(reply.value.path)).toBe(false);
    expect(((await rpc('media.list', {})) as unknown[]).length).toBe(2);
  }, 60_000);

  it('refuses uploads over the size limit and without the token', async () => {
    // Headers only: the host answers before reading a byte of the 30 GB it is promised.
    const tooBig = await new Promise<number>((resolve, reject) => {
      const req = request(`${host.origin}/upload?name=big.mp4`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${host.token}`,
          'content-length': String(30 * 1024 ** 3),
        },
      });
      req.on('response', (res) => {
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(tooBig).toBe(413);
    const anonymous = await fetch(`${host.origin}/upload?name=x.mp4`, {
      method: 'POST',
      body: 'x',
    });
    expect(anonymous.status).toBe(401);
  });
});
