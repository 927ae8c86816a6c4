/**
 * Whether a file is as long as it says: a recording cut short keeps a header that promises
 * more than the data holds, and one never finalised has no length at all.
 */
import { StudioError } from '../../shared/errors';
import { inputArgs, runTool } from './run-tool';

const TIMEOUT_MS = 60_000;

/**
 * A file whose header promises more than its data holds (a copy cut short, a recording
 * interrupted after the index was written): read the last seconds and see whether they exist.
 */
export async function refuseTruncated(
  ffprobe: string,
  path: string,
  name: string,
  stream: number,
  durationSec: number,
  formatName: string,
  signal?: AbortSignal,
): Promise<void> {
  const start = Math.max(0, durationSec - 5);
  const { stdout, stderr } = await runTool(
    ffprobe,
    [
      '-v',
      'error',
      '-select_streams',
      String(stream),
      // An open interval ("start%") reads nothing in some ffprobe builds (the 2023 static one
      // that @ffprobe-installer ships); a day past the start is "to the end" for any lecture.
      '-read_intervals',
      `${start}%+86400`,
      '-show_entries',
      'packet=pts_time',
      '-of',
      'csv=p=0',
      ...inputArgs(path),
    ],
    { signal, timeoutMs: TIMEOUT_MS },
  );
  const last = Math.max(-1, ...stdout.split('\n').map(Number).filter(Number.isFinite));
  // MP3 and similar durations are estimated from the bit rate; only "partial file" counts there.
  const durationIsExact = /mov|mp4|matroska|webm|avi/.test(formatName);
  const missingEnd = durationIsExact && last < durationSec - Math.max(2, durationSec * 0.05);
  if (/partial file/i.test(stderr) || missingEnd) {
    throw new StudioError(
      'MEDIA_TRUNCATED',
      `${name} is incomplete: it ends before its own length says (the copy or recording was cut short).`,
      { path, durationSec, lastPacketSec: last },
    );
  }
}

/** Recordings that were never finalised (OBS .mkv after a crash) have no duration: count. */
export async function scanDuration(
  ffprobe: string,
  path: string,
  stream: number,
  signal?: AbortSignal,
): Promise<number | null> {
  const { stdout } = await runTool(
    ffprobe,
    [
      '-v',
      'error',
      '-select_streams',
      String(stream),
      '-show_entries',
      'packet=pts_time',
      '-of',
      'csv=p=0',
      ...inputArgs(path),
    ],
    { signal, timeoutMs: 10 * TIMEOUT_MS },
  );
  let latest = 0;
  for (const line of stdout.split('\n')) {
    const time = Number(line);
    if (Number.isFinite(time) && time > latest) latest = time;
  }
  return latest > 0 ? latest : null;
}
