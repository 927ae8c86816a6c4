/**
 * A real ffmpeg that says it lacks some filters: a shell wrapper around the system ffmpeg
 * that drops them from `-filters`, as an old or minimal build would list them. Everything
 * else (the transcode itself) is the real ffmpeg.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const systemFfmpeg = execFileSync('sh', ['-c', 'command -v ffmpeg'], {
  encoding: 'utf8',
}).trim();

export const systemFfprobe = execFileSync('sh', ['-c', 'command -v ffprobe'], {
  encoding: 'utf8',
}).trim();

/** Writes `dir/ffmpeg` lacking `filters`; returns its path. */
export function ffmpegWithout(dir: string, filters: string[]): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'ffmpeg');
  const drop = filters.map((name) => `-e ' ${name} '`).join(' ');
  writeFileSync(
    file,
    `#!/bin/sh\nif [ "$2" = "-filters" ]; then '${systemFfmpeg}' "$@" | grep -v ${drop}; else exec '${systemFfmpeg}' "$@"; fi\n`,
  );
  chmodSync(file, 0o755);
  return file;
}
