/**
 * Issue 9 item 12: errors are one clear, coded line. A damaged course, a read-only one, a
 * malformed /rpc address and a lesson nested 5,000 levels deep each get a StudioError code
 * instead of 70 lines of SQLite output, "disk I/O error", HTTP 500 or a stack overflow.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, openSync, writeSync, closeSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, runCli } from '../../support/cli';
import { makeStudio } from '../../support/studio';
import { tempDir } from '../../support/temp';
import { hostWithCourse } from '../../support/web-host';

function sampleCourse(): string {
  const file = join(tempDir(), 'sample.course');
  expect(runCli(['new', file, '--from-sample', 'bilingual-intro']).code).toBe(0);
  return file;
}

describe('one-line errors', () => {
  it('a zeroed page gives one PROJECT_CORRUPT line', () => {
    const file = sampleCourse();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096), 0, 4096, 4096 * 3);
    closeSync(fd);
    const result = runCli(['info', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`course-studio: ${file} is damaged and cannot be opened.\n`);
  });

  it('a read-only course (chmod 444) opens for reading, says so, and refuses edits with READ_ONLY', async () => {
    const source = sampleCourse();
    const file = join(tempDir(), 'shared.course');
    copyFileSync(source, file);
    chmodSync(file, 0o444);
    const info = runCli(['info', file]);
    expect(info.stderr).toBe('');
    expect(info.stdout).toMatch(/Read-only: +yes/);
    expect(info.stdout).toContain('Introduction to Programming');
    expect(JSON.parse(runCli(['info', file, '--json']).stdout)).toMatchObject({ readOnly: true });

    const { studio, call } = makeStudio();
    studio.openProject(file);
    const snapshot = await call('project.current', {});
    expect(snapshot?.readOnly).toBe(true);
    const [section] = snapshot!.outline;
    await call('lesson.get', { id: section!.lessons[0]!.id });
    await expect(call('outline.rename', { id: section!.id, title: 'New' })).rejects.toMatchObject({
      code: 'READ_ONLY',
    });
    studio.close();
    chmodSync(file, 0o644);
    expect(runCli(['info', file, '--json']).stdout).toContain(section!.title);
  });

  it('ENAMETOOLONG and EACCES are one line about what the user can change', () => {
    const dir = tempDir();
    const longName = join(dir, `${'a'.repeat(300)}.course`);
    const long = runCli(['new', longName, '--title', 'T']);
    expect(long.code).toBe(1);
    // One line, naming the file the user chose (not a temporary sibling of it).
    expect(long.stderr.split('\n')).toEqual([expect.stringMatching(/^course-studio: /), '']);
    expect(long.stderr).toContain(longName);
    expect(long.stderr).not.toContain('.creating');
    const locked = join(dir, 'locked');
    mkdirSync(locked, { mode: 0o500 });
    // As root the folder's mode would not stop the write: run as an ordinary user then.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    chmodSync(dir, 0o755);
    const denied = spawnSync(
      process.execPath,
      [cliPath, 'new', join(locked, 'x.course'), '--title', 'T'],
      {
        encoding: 'utf8',
        ...asUser,
      },
    );
    expect(denied.status).toBe(1);
    expect(denied.stderr).toBe(`course-studio: Cannot write to ${join(locked, 'x.course')}.\n`);
  });

  it('POST /rpc/%E0%A4%A is a 400 INVALID_ARGUMENT, not a 500', async () => {
    const { host, rpc } = await hostWithCourse();
    const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/rpc/%E0%A4%A',
          method: 'POST',
          headers: { authorization: `Bearer ${host.token}`, host: `127.0.0.1:${host.port}` },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect((await rpc('project.current', {})).ok).toBe(true);
  });

  it('a lesson nested 5,000 levels deep is INVALID_ARGUMENT over /rpc, not a stack overflow', async () => {
    const { rpc, origin, host } = await hostWithCourse();
    const [section] = (await rpc('outline.get', {})).value as { lessons: { id: string }[] }[];
    // Written out by hand: JSON.stringify itself runs out of stack on such a value.
    const deep = `${'{"type":"paragraph","children":['.repeat(5000)}{"type":"text","text":"deep"}${']}'.repeat(5000)}`;
    const body = `{"id":${JSON.stringify(section!.lessons[0]!.id)},"baseRevision":0,"doc":{"root":{"type":"root","children":[${deep}]}}}`;
    const reply = (await fetch(`${origin}/rpc/lesson.save`, {
      method: 'POST',
      headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
      body,
    }).then((r) => r.json())) as { error?: { code: string; message: string } };
    expect(reply.error).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(reply.error!.message).not.toMatch(/stack/);
  });
});
