/**
 * Publishing to a real tus server (@tus/server on 127.0.0.1) through a proxy that counts and
 * cuts the bytes: an upload cut at about half resumes where it stopped, and so does one whose
 * CLI was killed with SIGKILL; the server ends with exactly the package's bytes, and fewer
 * than 1.5 times the package crossed the wire.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Studio } from '../../../electron/core/studio';
import {
  dispatch,
  type ArgsOf,
  type MethodName,
  type ResultOf,
} from '../../../electron/shared/contract';
import { cliPath, runCli } from '../../support/cli';
import { makePublishableCourse } from '../../support/publish-course';
import {
  startProxy,
  startTusServer,
  type Proxy,
  type RunningServer,
} from '../../support/publish-servers';
import { tempDir } from '../../support/temp';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tusBehindProxy(): Promise<{ tus: RunningServer; proxy: Proxy; store: string }> {
  const store = tempDir();
  const tus = await startTusServer(store);
  const proxy = await startProxy(tus.port);
  cleanups.push(
    () => tus.close(),
    () => proxy.close(),
  );
  return { tus, proxy, store };
}

/** The one finished upload in the store, and its metadata. */
function received(store: string): {
  sha256: string;
  size: number;
  metadata: Record<string, string>;
} {
  const uploads = readdirSync(store).filter((name) => !name.endsWith('.json'));
  expect(uploads).toHaveLength(1);
  const bytes = readFileSync(join(store, uploads[0]!));
  const info = JSON.parse(readFileSync(join(store, `${uploads[0]}.json`), 'utf8')) as {
    metadata: Record<string, string>;
  };
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
    metadata: info.metadata,
  };
}

function runCliAsync(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [cliPath, ...args], { env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
  child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('publishing to a tus server', () => {
  it('resumes an upload cut at about half and records what was sent', async () => {
    const { proxy, store } = await tusBehindProxy();
    const dir = tempDir();
    const course = join(dir, 'tus.course');
    makePublishableCourse(course, 24);
    const studio = new Studio({
      host: 'web',
      homeDir: join(dir, 'home'),
      publish: { retryDelaysMs: [50, 200, 500], pollMs: 10 },
    });
    cleanups.push(() => studio.close());
    const call = <M extends MethodName>(method: M, args: ArgsOf<M>) =>
      dispatch(studio.handlers, method, args, { origin: 'test' }) as Promise<ResultOf<M>>;
    await call('project.open', { path: course });
    await call('profiles.save', {
      profile: { name: 'media store', kind: 'tus', url: `${proxy.url}/files`, format: 'scorm2004' },
    });
    proxy.cutAt = 12 * 1024 * 1024;

    const { jobId } = await call('publish.run', { profile: 'media store' });
    const job = await studio.jobs().settled(jobId);
    expect(job.error).toBeNull();
    expect(job.state).toBe('done');

    const [publication] = await call('publications.list', {});
    expect(publication).toMatchObject({ profile: 'media store', kind: 'tus', result: 'succeeded' });
    const got = received(store);
    expect(got.sha256).toBe(publication!.sha256);
    expect(got.size).toBe(publication!.size);
    expect(got.metadata).toMatchObject({
      sha256: publication!.sha256,
      filename: 'Publish-发布-scorm2004.zip',
    });
    expect(proxy.cutAt).toBeNull(); // the cut happened
    expect(publication!.size).toBeGreaterThan(24 * 1024 * 1024);
    expect(proxy.sent).toBeLessThan(1.5 * publication!.size);

    // The same bytes again: not sent without force.
    const again = await call('publish.run', { profile: 'media store' });
    const unchanged = await studio.jobs().settled(again.jobId);
    expect(unchanged.error?.code).toBe('PUBLISH_UNCHANGED');
    expect(await call('publications.list', {})).toHaveLength(1);
  });

  it('resumes after the CLI is killed with SIGKILL mid-upload', async () => {
    const { proxy, store } = await tusBehindProxy();
    const dir = tempDir();
    const course = join(dir, 'killed.course');
    makePublishableCourse(course, 24);
    const env = { COURSE_STUDIO_HOME: join(dir, 'home') };
    const added = runCli(
      ['profiles', 'add', 'store', '--kind', 'tus', '--url', `${proxy.url}/files`],
      env,
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);

    proxy.bytesPerSecond = 6 * 1024 * 1024;
    const child = spawn(process.execPath, [cliPath, 'publish', course, '--profile', 'store'], {
      env: { ...process.env, ...env },
      stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    // Kill once about half of the package crossed the proxy.
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (proxy.sent > 13 * 1024 * 1024) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
      child.on('exit', () => {
        clearInterval(timer);
        reject(new Error('the CLI finished before it could be killed'));
      });
    });
    await exited;
    const beforeRestart = proxy.sent;
    proxy.bytesPerSecond = null;

    // Not spawnSync: the tus server and the proxy live in this process and must keep serving.
    const resumed = await runCliAsync(['publish', course, '--profile', 'store', '--json'], env);
    expect(resumed.stderr).not.toMatch(/course-studio:/);
    expect(resumed.code).toBe(0);
    const publication = JSON.parse(resumed.stdout) as {
      sha256: string;
      size: number;
      result: string;
    };
    expect(publication.result).toBe('succeeded');
    const got = received(store);
    expect(got.sha256).toBe(publication.sha256);
    // The second run sent only what was missing (plus protocol overhead and at most a chunk).
    expect(proxy.sent).toBeLessThan(1.5 * publication.size);
    expect(proxy.sent - beforeRestart).toBeLessThan(publication.size - 8 * 1024 * 1024);

    const history = JSON.parse(runCli(['publications', course, '--json'], env).stdout) as unknown[];
    expect(history).toHaveLength(1);
  });
});
