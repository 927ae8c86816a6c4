/**
 * The web host in the test's own process (startWebHost over a real Studio and a real course
 * file), for tests about the host's HTTP behaviour that need no child process.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { startWebHost, type WebHost } from '../../electron/server/web-host';
import { makeStudio } from './studio';
import { tempDir } from './temp';

const running: WebHost[] = [];

afterEach(async () => {
  for (const host of running.splice(0)) await host.close();
});

/** A studio with a new course open (created through the contract), served on a free port. */
export async function hostWithCourse() {
  const { studio, call, dir } = makeStudio();
  const file = join(dir, 'hosted.course');
  await call('project.create', { path: file, title: 'Hosted', language: 'en' });
  const rendererDir = join(tempDir(), 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Course Studio</title>');
  const host = await startWebHost({ studio, rendererDir });
  running.push(host);
  const origin = `http://127.0.0.1:${host.port}`;
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${origin}${path}`, { headers: { authorization: `Bearer ${host.token}`, ...headers } });
  const rpc = (method: string, args: unknown) =>
    fetch(`${origin}/rpc/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(args),
    }).then((r) => r.json() as Promise<RpcReply>);
  return { studio, call, dir, file, host, origin, get, rpc };
}

export interface RpcReply {
  ok: boolean;
  // The tests read into values freely; a wrong shape fails the assertion that reads it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  value?: any;
  error?: { code: string; message: string };
}
