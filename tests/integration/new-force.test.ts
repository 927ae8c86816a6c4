/**
 * Issue 9, item 4: `new --force` honours the in-use lock. A course open in a running studio
 * is refused with PROJECT_IN_USE; its -wal / -shm stay, and the studio's edits are kept.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Project } from '../../electron/core/project/project';
import { runCli, serve, type RunningHost } from '../support/cli';
import { tempDir } from '../support/temp';

const hosts: RunningHost[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.child.kill('SIGKILL');
});

async function rpc(host: RunningHost, method: string, args: unknown) {
  const response = await fetch(`${host.origin}/rpc/${method}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${host.token}`,
      'content-type': 'application/json',
      'x-studio-client': 'test-client',
    },
    body: JSON.stringify(args),
  });
  return (await response.json()) as { ok: boolean; value?: unknown };
}

describe('course-studio new --force', () => {
  it('refuses a course that a running studio has open and loses none of its edits', async () => {
    const dir = tempDir();
    const file = join(dir, 'open.course');
    expect(runCli(['new', file, '--title', 'Semester']).code).toBe(0);
    const renderer = join(dir, 'renderer');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Course Studio</title>');
    const host = await serve([file], {
      COURSE_STUDIO_HOME: join(dir, 'home'),
      COURSE_STUDIO_RENDERER_DIR: renderer,
    });
    hosts.push(host);
    expect((await rpc(host, 'course.update', { title: 'A semester of work' })).ok).toBe(true);
    const wal = `${file}-wal`;
    expect(existsSync(wal)).toBe(true);
    const walBefore = readFileSync(wal);
    const mainBefore = readFileSync(file);

    const result = runCli(['new', file, '--title', 'Oops', '--force']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/open in another Course Studio/);
    expect(readFileSync(wal).equals(walBefore)).toBe(true);
    expect(readFileSync(file).equals(mainBefore)).toBe(true);

    // The studio still works on the same file, and its edits are there after it stops.
    expect((await rpc(host, 'course.update', { description: 'Still saved' })).ok).toBe(true);
    host.child.kill('SIGKILL');
    await host.exited;
    const project = Project.open(file);
    try {
      expect(project.snapshot().course).toMatchObject({
        title: 'A semester of work',
        description: 'Still saved',
      });
    } finally {
      project.close();
    }
    // Once nothing holds it, --force replaces it as asked.
    expect(runCli(['new', file, '--title', 'Fresh', '--force']).code).toBe(0);
    expect(statSync(file).size).toBeGreaterThan(0);
  });
});
