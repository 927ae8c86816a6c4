/**
 * Starts the web host as a real child process (`course-studio serve`) with its own settings
 * folder, so tests see the product exactly as a user runs it, and can kill it like a crash.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(repoRoot, 'electron/cli/bin.mjs');

export interface RunningHost {
  url: string;
  process: ChildProcess;
  /** Stops the host; SIGKILL simulates a crash (no chance to clean up). */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

const createdDirs: string[] = [];

/** A fresh temporary folder for one test's courses and settings. */
export function tempDir(prefix = 'course-studio-e2e-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  createdDirs.push(dir);
  return dir;
}

/** Deletes the folders tempDir made; call once the hosts using them have stopped. */
export function removeTempDirs(): void {
  for (const dir of createdDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export async function startHost(options: {
  home: string;
  file?: string;
  /** Extra environment for the host: HOME for the file browser, which ffmpeg it may find. */
  env?: Record<string, string>;
}): Promise<RunningHost> {
  const args = [cli, 'serve', ...(options.file ? [options.file] : []), '--port', '0', '--no-open'];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, ...options.env, COURSE_STUDIO_HOME: options.home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The web host did not start:\n${output}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Course Studio is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web host exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    process: child,
    kill: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

/** Creates a course file with the CLI, as a teacher scripting a batch would. */
export function createCourseFile(file: string, title: string, lang: 'en' | 'zh-CN' = 'en'): void {
  const result = spawnSync(process.execPath, [cli, 'new', file, '--title', title, '--lang', lang], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`course-studio new failed:\n${result.stdout}${result.stderr}`);
}

/** A small gradient PNG, generated so the tests need no binary fixtures. */
export function gradientPng(width: number, height: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const t = x / width;
      const s = y / height;
      row[1 + x * 3] = Math.round(70 + 80 * t + 40 * s);
      row[2 + x * 3] = Math.round(110 + 90 * s);
      row[3 + x * 3] = Math.round(200 - 60 * t);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
