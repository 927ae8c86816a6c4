/**
 * Issue 13: an ffmpeg that lacks a filter must not lower quality silently. With a real ffmpeg
 * that has no zscale, an HDR import still works but says so in the import's log (on stderr,
 * without COURSE_STUDIO_DEBUG); an SDR import, which needs no zscale, says nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli';
import { ffmpegWithout, systemFfprobe } from '../../support/limited-ffmpeg';
import { makeClip } from '../../support/media';

let dir: string;
let course: string;
let env: Record<string, string>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cs-tool-warnings-'));
  course = join(dir, 'warn.course');
  expect(runCli(['new', course, '--title', 'Warnings']).code).toBe(0);
  env = {
    COURSE_STUDIO_TEMP: join(dir, 'tmp'),
    COURSE_STUDIO_FFMPEG: ffmpegWithout(join(dir, 'bin'), ['zscale', 'loudnorm']),
    COURSE_STUDIO_FFPROBE: systemFfprobe,
  };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an ffmpeg without zscale or loudnorm', () => {
  it('imports an HDR video and says it was not tone-mapped, and that loudness was kept', () => {
    const hlg = makeClip(dir, 'hlg.mp4', {
      width: 640,
      height: 360,
      seconds: 2,
      output: [
        ...['-c:v', 'libx265', '-x265-params', 'log-level=error', '-pix_fmt', 'yuv420p10le'],
        ...['-color_primaries', 'bt2020', '-color_trc', 'arib-std-b67', '-colorspace', 'bt2020nc'],
      ],
    });
    const result = runCli(['import-video', course, hlg, '--quality', 'fast'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(
      /warning: ffmpeg \S+ \(\d{4}\) at \S+ has no zscale filter: this HDR video is converted without tone mapping/,
    );
    expect(result.stderr).toContain(
      'has no loudnorm filter: the sound keeps its original loudness',
    );
  });

  it('says nothing about tone mapping for an ordinary video', () => {
    const sdr = makeClip(dir, 'sdr.mp4', { width: 640, height: 360, seconds: 2 });
    const result = runCli(['import-video', course, sdr, '--quality', 'fast', '--no-loudnorm'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('warning:');
  });
});
