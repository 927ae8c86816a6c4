/**
 * A profile's secret is kept by the system, nowhere else: after saving a profile (secret from
 * standard input) and publishing with debug logging on, a byte search of the course file and
 * its WAL, the settings folder, the kept package, the job's logs and the commands' argv finds
 * no trace of it (the secrets file holds it encrypted only).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileSecretStore } from '../../../electron/core/publish/secrets';
import { cliPath } from '../../support/cli';
import { startMoodle, type MoodleServer } from '../../support/moodle-server';
import { makePublishableCourse } from '../../support/publish-course';
import { tempDir } from '../../support/temp';

const servers: MoodleServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** Moodle tokens are alphanumeric. */
const moodleToken = 'tok3nTHATmustNEVERleak0123456789';

function run(args: string[], env: Record<string, string>, input?: string) {
  const child = spawn(process.execPath, [cliPath, ...args], { env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (data: Buffer) => (output += data.toString()));
  child.stderr.on('data', (data: Buffer) => (output += data.toString()));
  child.stdin.end(input ?? '');
  return new Promise<{ code: number | null; output: string; argv: string[] }>((resolve) =>
    child.on('close', (code) => resolve({ code, output, argv: child.spawnargs })),
  );
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('publish secrets', () => {
  it('never reach the course, a log, a package or argv', async () => {
    const server = await startMoodle({ token: moodleToken });
    servers.push(server);
    const dir = tempDir();
    const home = join(dir, 'home');
    const course = join(dir, 'secret.course');
    makePublishableCourse(course);
    const env = { COURSE_STUDIO_HOME: home, COURSE_STUDIO_DEBUG: '1' };

    const added = await run(
      ['profiles', 'add', 'moodle', '--kind', 'moodle', '--url', server.url, '--secret-stdin'],
      env,
      `${moodleToken}\n`,
    );
    expect(added.code).toBe(0);
    const published = await run(['publish', course, '--profile', 'moodle'], env);
    expect(published.output).toContain('finish on the platform');
    expect(published.code).toBe(3);
    const listed = await run(['publications', course, '--json'], env);
    expect(listed.code).toBe(0);

    expect(new FileSecretStore(home).get('moodle')).toBe(moodleToken);
    const needle = Buffer.from(moodleToken, 'utf8');
    const places = [course, `${course}-wal`, ...filesUnder(home)].filter((path) => {
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    });
    expect(places.some((path) => path.endsWith('.zip'))).toBe(true); // the kept package
    for (const path of places) expect(readFileSync(path).includes(needle), path).toBe(false);
    for (const result of [added, published, listed]) {
      expect(result.output).not.toContain(moodleToken);
      expect(result.argv.join(' ')).not.toContain(moodleToken);
    }
  });
});
