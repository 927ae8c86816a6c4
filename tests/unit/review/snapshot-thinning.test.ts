import { describe, expect, it } from 'vitest';
import { snapshotsToThin } from '../../../electron/core/review/snapshot-thinning';

const now = new Date('2026-06-30T12:00:00.000Z');
const ago = (id: string, ms: number) => ({
  id,
  createdAt: new Date(now.getTime() - ms).toISOString(),
});
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('snapshot thinning', () => {
  it('keeps the last hour, the newest per hour for a day, per day for a month', () => {
    const snapshots = [
      ago('recent-1', 5 * MIN),
      ago('recent-2', 50 * MIN),
      // 12:00 minus 3h05 / 3h40: both in the 08:00 hour; the newer one stays.
      ago('hour-newer', 3 * HOUR + 5 * MIN),
      ago('hour-older', 3 * HOUR + 40 * MIN),
      ago('other-hour', 5 * HOUR),
      // Ten days ago at 09:00 and 07:00: the same day.
      ago('day-newer', 10 * DAY + 3 * HOUR),
      ago('day-older', 10 * DAY + 5 * HOUR),
      ago('too-old', 31 * DAY),
    ];
    expect(snapshotsToThin(snapshots, now).sort()).toEqual(['day-older', 'hour-older', 'too-old']);
  });

  it('keeps everything when all snapshots are young', () => {
    expect(snapshotsToThin([ago('a', MIN), ago('b', 2 * MIN)], now)).toEqual([]);
  });
});
