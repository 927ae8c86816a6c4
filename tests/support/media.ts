/**
 * Clips made on the spot with ffmpeg's lavfi sources, and ffprobe helpers to check what the
 * importer wrote. Clips are short and small so the media tests stay quick.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export interface ClipOptions {
  width?: number;
  height?: number;
  seconds?: number;
  fps?: number;
  /** testsrc2 moves (a "talking head"); smptebars is a still picture (a "slide"). */
  picture?: 'testsrc2' | 'smptebars' | null;
  audio?: boolean;
  /** Extra output arguments, e.g. an audio codec for an audio-only file. */
  output?: string[];
}

/** Writes a clip to `dir/name` and returns its path. */
export function makeClip(dir: string, name: string, options: ClipOptions = {}): string {
  const {
    width = 320,
    height = 180,
    seconds = 4,
    fps = 25,
    picture = 'testsrc2',
    audio = true,
  } = options;
  const file = join(dir, name);
  const inputs: string[] = [];
  if (picture)
    inputs.push('-f', 'lavfi', '-i', `${picture}=s=${width}x${height}:r=${fps}:d=${seconds}`);
  if (audio) inputs.push('-f', 'lavfi', '-i', `sine=f=440:d=${seconds}:sample_rate=44100`);
  const codecs = picture ? ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'] : [];
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    ...inputs,
    ...codecs,
    ...(options.output ?? []),
    file,
  ]);
  return file;
}

/** A phone clip: landscape pixels with a display matrix that turns them upright. */
export function makeRotatedClip(dir: string, name: string): string {
  const landscape = makeClip(dir, `landscape-${name}`, { width: 640, height: 360, seconds: 3 });
  const file = join(dir, name);
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-i',
    landscape,
    '-c',
    'copy',
    '-metadata:s:v:0',
    'rotate=90',
    file,
  ]);
  return file;
}

export function ffprobeJson(
  file: string,
  args: string[] = ['-show_streams', '-show_format'],
): {
  streams: Record<string, unknown>[];
  format: Record<string, unknown>;
} {
  return JSON.parse(
    execFileSync('ffprobe', ['-v', 'error', '-print_format', 'json', ...args, file], {
      encoding: 'utf8',
    }),
  ) as { streams: Record<string, unknown>[]; format: Record<string, unknown> };
}

/** Presentation times of the video keyframes of a file. */
export function keyframeTimes(file: string): number[] {
  const out = execFileSync(
    'ffprobe',
    [
      '-v',
      'error',
      '-select_streams',
      'v:0',
      '-skip_frame',
      'nokey',
      '-show_entries',
      'frame=pts_time',
      '-of',
      'csv=p=0',
      file,
    ],
    { encoding: 'utf8' },
  );
  return out
    .split('\n')
    .filter((text) => text.trim() !== '')
    .map((text) => Number(text.replace(/,$/, '')));
}

/**
 * Row counts of every table, through the project's own connection. The course's history
 * (`snapshots`, `snapshot_docs`) is left out: an import takes a snapshot before it starts, and
 * that is the way back, not something a failed or cancelled import left behind.
 */
export function rowCounts(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare<[], { name: string }>(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT IN ('snapshots', 'snapshot_docs')`,
    )
    .all();
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
    ]),
  );
}

/** Row counts of every table of a closed project file. */
export function tableCounts(path: string): Record<string, number> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return rowCounts(db);
  } finally {
    db.close();
  }
}

/** sha-256 of the project file and its WAL, to show a refused import wrote nothing. */
export function fileState(path: string): string {
  const hash = createHash('sha256');
  for (const part of [path, `${path}-wal`]) if (existsSync(part)) hash.update(readFileSync(part));
  return hash.digest('hex');
}
