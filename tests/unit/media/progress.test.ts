import { describe, expect, it } from 'vitest';
import { ProgressParser } from '../../../electron/core/media/transcode';

const block = (outTimeUs: string, speed: string, progress = 'continue') =>
  `frame=10\nout_time_us=${outTimeUs}\nout_time=00:00:01.000000\nspeed=${speed}\nprogress=${progress}\n`;

describe("ffmpeg's -progress output", () => {
  it('becomes fraction, speed and ETA, even when split across reads', () => {
    const parser = new ProgressParser(60, () => 10);
    const text = block('15000000', '1.5x') + block('30000000', '2x');
    const reports = [...parser.feed(text.slice(0, 37)), ...parser.feed(text.slice(37))];
    expect(reports).toEqual([
      { fraction: 0.25, speed: 1.5, etaSeconds: 30 },
      { fraction: 0.5, speed: 2, etaSeconds: 15 },
    ]);
  });

  it('skips blocks before the first output and estimates speed when ffmpeg says N/A', () => {
    const parser = new ProgressParser(100, () => 5);
    expect(parser.feed(block('N/A', 'N/A'))).toEqual([]);
    expect(parser.feed(block('10000000', 'N/A'))).toEqual([
      { fraction: 0.1, speed: 2, etaSeconds: 45 },
    ]);
  });

  it('ends at 1 and never passes it', () => {
    const parser = new ProgressParser(10, () => 1);
    expect(parser.feed(block('12000000', '3x'))[0]!.fraction).toBe(1);
    expect(parser.feed(block('12000000', '3x', 'end'))).toEqual([
      { fraction: 1, speed: 3, etaSeconds: 0 },
    ]);
  });
});
