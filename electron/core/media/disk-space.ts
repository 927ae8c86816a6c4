/**
 * Disk space for a media import, checked before the work rather than discovered at the end:
 * a three-hour lecture writes gigabytes to the temp folder, then as much again into the
 * project, and an old laptop's disk is often nearly full.
 */
import { statfsSync } from 'node:fs';
import { StudioError } from '../../shared/errors';
import type { LadderPlan } from './ladder';

/** Room left for the system and other programs: never fill the disk to the last byte. */
export const SPACE_RESERVE_BYTES = 256 * 1024 * 1024;

/**
 * Lecture footage at our CRF settles far below the peak rates the ladder allows; a third of
 * them is a generous typical size (a 60 s 1080p test pattern, much busier than a lecture,
 * comes to about 60% of the peaks). Used only to refuse what clearly cannot fit.
 */
const TYPICAL_SHARE_OF_PEAK = 1 / 3;

/** Bytes an unprivileged user may still write on the file system holding `path`. */
export function freeBytes(path: string): number {
  try {
    const stats = statfsSync(path);
    return Number(stats.bavail) * Number(stats.bsize);
  } catch {
    return Number.POSITIVE_INFINITY; // Cannot tell: let the work find out.
  }
}

/** About how many bytes a transcode of `plan` writes: every rung, the MP4 and the audio. */
export function expectedOutputBytes(plan: LadderPlan): number {
  const videoKbps =
    plan.renditions.reduce((sum, rung) => sum + rung.maxrateKbps, 0) + (plan.mp4?.maxrateKbps ?? 0);
  const audioStreams = plan.kind === 'audio' ? 1 : plan.renditions.length + 1;
  const kbps = videoKbps * TYPICAL_SHARE_OF_PEAK + plan.audioKbps * audioStreams;
  return Math.ceil((kbps * 1000 * plan.durationSec) / 8);
}

/** Throws NOT_ENOUGH_SPACE unless `neededBytes` fit at `folder` with the reserve to spare. */
export function requireSpace(folder: string, neededBytes: number): void {
  const free = freeBytes(folder);
  if (free - SPACE_RESERVE_BYTES >= neededBytes) return;
  const gb = (bytes: number) => (Math.max(0, bytes) / 1e9).toFixed(1);
  throw new StudioError(
    'NOT_ENOUGH_SPACE',
    `Not enough disk space in ${folder}: about ${gb(neededBytes)} GB is needed and ${gb(free)} GB is free.`,
    { folder, neededGb: gb(neededBytes + SPACE_RESERVE_BYTES), freeGb: gb(free) },
  );
}
