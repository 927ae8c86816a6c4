import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  expectedOutputBytes,
  freeBytes,
  requireSpace,
  SPACE_RESERVE_BYTES,
} from '../../../electron/core/media/disk-space';
import { planLadder } from '../../../electron/core/media/ladder';
import { StudioError } from '../../../electron/shared/errors';
import { lectureProbe } from '../../support/probe';

const lecture = (durationSec: number) => lectureProbe({}, durationSec);

describe('disk space for an import', () => {
  it('expects about what a 1080p import writes, growing with the length', () => {
    const options = { quality: 'fast', tuning: 'video', loudnorm: true } as const;
    const minute = expectedOutputBytes(planLadder(lecture(60), options));
    // The 60 s 1080p benchmark clip (a busy test pattern) stores 67 MiB; lectures need less.
    expect(minute).toBeGreaterThan(20e6);
    expect(minute).toBeLessThan(70 * 1024 * 1024);
    const threeHours = expectedOutputBytes(planLadder(lecture(3 * 3600), options));
    expect(threeHours / minute).toBeCloseTo(180, 0);
    const slides = expectedOutputBytes(planLadder(lecture(60), { ...options, tuning: 'slides' }));
    expect(slides).toBeLessThan(minute);
  });

  it('lets through what fits with the reserve to spare, and names the shortfall otherwise', () => {
    const folder = tmpdir();
    const free = freeBytes(folder);
    expect(Number.isFinite(free) && free > 0).toBe(true);
    expect(() => requireSpace(folder, 1024)).not.toThrow();
    let refused: unknown;
    try {
      requireSpace(folder, free);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(StudioError);
    const details = (refused as StudioError<'NOT_ENOUGH_SPACE'>).details!;
    expect(refused).toMatchObject({ code: 'NOT_ENOUGH_SPACE', details: { folder } });
    expect(Number(details.neededGb)).toBeCloseTo((free + SPACE_RESERVE_BYTES) / 1e9, 1);
  });
});
