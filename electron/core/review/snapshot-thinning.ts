/**
 * Which automatic snapshots to drop as they age: every one from the last hour, then the
 * newest of each hour for a day, the newest of each day for a month, none after that. Named
 * snapshots are never thinned (the caller passes only automatic ones).
 */
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;

export interface Dated {
  id: string;
  createdAt: string;
}

/** The ids of automatic snapshots that thinning removes at time `now`. */
export function snapshotsToThin(autoSnapshots: readonly Dated[], now: Date): string[] {
  const newestFirst = [...autoSnapshots].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keptBuckets = new Set<string>();
  const drop: string[] = [];
  for (const snapshot of newestFirst) {
    const time = Date.parse(snapshot.createdAt);
    const age = now.getTime() - time;
    if (age < HOUR) continue;
    if (age >= MONTH) {
      drop.push(snapshot.id);
      continue;
    }
    const bucket = age < DAY ? `h${Math.floor(time / HOUR)}` : `d${Math.floor(time / DAY)}`;
    if (keptBuckets.has(bucket)) drop.push(snapshot.id);
    else keptBuckets.add(bucket);
  }
  return drop;
}
