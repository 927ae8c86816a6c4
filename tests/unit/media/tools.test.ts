import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareVersions } from '../../../electron/core/media/capabilities';
import {
  findMediaTools,
  forgetMediaToolChoice as resetCachedChoiceOnly,
  mediaToolsReport,
  resetMediaTools,
  useBundledMediaTools,
  type FoundFfmpeg,
} from '../../../electron/core/media/tools';
import {
  isSafeMediaFileName,
  mimeForMediaFile,
  parseMediaPath,
} from '../../../electron/shared/media-files';
import { tempDir } from '../../support/temp';

const saved = { ...process.env };
const systemFfmpeg = execFileSync('sh', ['-c', 'command -v ffmpeg'], { encoding: 'utf8' }).trim();
afterEach(() => {
  process.env = { ...saved };
  resetMediaTools();
});

function fakeTool(dir: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, '#!/bin/sh\n');
  chmodSync(file, 0o755);
  return file;
}

describe('finding ffmpeg and ffprobe', () => {
  it('prefers COURSE_STUDIO_FFMPEG / COURSE_STUDIO_FFPROBE', () => {
    const dir = tempDir();
    process.env.COURSE_STUDIO_FFMPEG = fakeTool(dir, 'my-ffmpeg');
    process.env.COURSE_STUDIO_FFPROBE = fakeTool(dir, 'my-ffprobe');
    expect(findMediaTools()).toEqual({
      ffmpeg: join(dir, 'my-ffmpeg'),
      ffprobe: join(dir, 'my-ffprobe'),
    });
  });

  it('prefers the newer system ffmpeg to the 2018 npm build when both can do everything', () => {
    const report = mediaToolsReport();
    expect(report.ffmpeg).toMatchObject({ path: systemFfmpeg, source: 'path' });
    // ffprobe from the same place as ffmpeg: one build reads the same formats.
    expect(report.ffprobe).toMatchObject({ source: 'path' });
    const npm = report.candidates.find((c) => c.found.package === '@ffmpeg-installer/ffmpeg');
    expect(npm?.found.version?.year).toBe(2018);
    expect(compareVersions(report.ffmpeg!.version!, npm!.found.version!)).toBeGreaterThan(0);
  });

  it('uses the npm binaries when the PATH has none', () => {
    process.env.COURSE_STUDIO_IGNORE_PATH_TOOLS = '1';
    const report = mediaToolsReport();
    expect(report.ffmpeg).toMatchObject({ source: 'npm', package: '@ffmpeg-installer/ffmpeg' });
    expect(report.ffprobe).toMatchObject({
      source: 'npm',
      package: '@ffprobe-installer/ffprobe',
    });
    // What the old build lacks is found out, not assumed: the ladder works around both.
    expect(report.ffmpeg!.features).toEqual({
      libx264: true,
      aac: true,
      hlsFmp4: true,
      zscale: true,
      tonemap: true,
      loudnorm: true,
      fpsMode: false,
      hlsVariants: false,
    });
    expect(report.candidates.every((c) => c.found.source !== 'path')).toBe(true);
  });

  it("takes the packaged app's own binaries before the npm ones", () => {
    const bundled = join(tempDir(), 'media-tools');
    mkdirSync(bundled);
    const npm = mediaToolsReport();
    resetMediaTools();
    // The packaged app's resources/media-tools: the same npm build, so the tie goes to order.
    process.env.COURSE_STUDIO_IGNORE_PATH_TOOLS = '1';
    const npmOnly = mediaToolsReport();
    symlinkSync(npmOnly.ffmpeg!.path, join(bundled, 'ffmpeg'));
    symlinkSync(npmOnly.ffprobe!.path, join(bundled, 'ffprobe'));
    useBundledMediaTools(bundled);
    try {
      const report = mediaToolsReport();
      expect(report.ffmpeg).toMatchObject({ path: join(bundled, 'ffmpeg'), source: 'bundled' });
      expect(report.ffprobe).toMatchObject({ path: join(bundled, 'ffprobe'), source: 'bundled' });
      // With the PATH back, the newer system ffmpeg wins over the bundled 2018 build.
      delete process.env.COURSE_STUDIO_IGNORE_PATH_TOOLS;
      resetMediaTools();
      expect(mediaToolsReport().ffmpeg).toMatchObject({ path: npm.ffmpeg!.path, source: 'path' });
    } finally {
      useBundledMediaTools(null);
    }
  });

  it('prefers a more capable older build to a newer one that lacks zscale', () => {
    const dir = join(tempDir(), 'bin');
    const calls = join(dir, 'calls.log');
    mkdirSync(dir, { recursive: true });
    // The real system ffmpeg, but its filter list hides zscale (and it counts its runs).
    writeFileSync(
      join(dir, 'ffmpeg'),
      `#!/bin/sh\necho "$*" >> '${calls}'\nif [ "$2" = "-filters" ]; then ${systemFfmpeg} "$@" | grep -v zscale; else exec ${systemFfmpeg} "$@"; fi\n`,
    );
    chmodSync(join(dir, 'ffmpeg'), 0o755);
    process.env.PATH = `${dir}:${process.env.PATH ?? ''}`;
    const report = mediaToolsReport();
    expect(report.ffmpeg).toMatchObject({ source: 'npm' });
    const wrapped = report.candidates.find((c) => c.found.path === join(dir, 'ffmpeg'));
    expect(wrapped?.found).toMatchObject({ source: 'path' });
    expect((wrapped?.found as FoundFfmpeg).features?.zscale).toBe(false);

    // Each candidate is asked once: looking again costs no process.
    const runs = readFileSync(calls, 'utf8');
    resetCachedChoiceOnly();
    mediaToolsReport();
    findMediaTools();
    expect(readFileSync(calls, 'utf8')).toBe(runs);
  });

  it('says what to do when neither is found', () => {
    process.env.PATH = tempDir();
    process.env.COURSE_STUDIO_FFPROBE = '/nowhere/ffprobe';
    delete process.env.COURSE_STUDIO_FFMPEG;
    expect(() => findMediaTools()).toThrow(
      expect.objectContaining({
        code: 'FFMPEG_NOT_FOUND',
        message: expect.stringContaining('COURSE_STUDIO_FFMPEG'),
      }),
    );
  });
});

describe('asset file names', () => {
  it('allow plain relative names only', () => {
    for (const good of [
      'hls/master.m3u8',
      'hls/720p/seg-12.m4s',
      'captions/zh-CN.vtt',
      'original',
    ]) {
      expect(isSafeMediaFileName(good), good).toBe(true);
    }
    for (const bad of [
      '../x',
      'hls/../../etc/passwd',
      '/etc/passwd',
      'a//b',
      'C:\\x',
      'a\\..\\b',
      '.hidden',
      '',
      'hls/',
    ]) {
      expect(isSafeMediaFileName(bad), bad).toBe(false);
    }
  });

  it('map to content types and URL paths', () => {
    expect(mimeForMediaFile('hls/master.m3u8')).toBe('application/vnd.apple.mpegurl');
    expect(mimeForMediaFile('hls/360p/seg-0.m4s')).toBe('video/iso.segment');
    expect(mimeForMediaFile('captions/en.vtt')).toBe('text/vtt');
    expect(parseMediaPath('abc_1/hls/720p/index.m3u8')).toEqual({
      assetId: 'abc_1',
      name: 'hls/720p/index.m3u8',
    });
    expect(parseMediaPath('abc')).toEqual({ assetId: 'abc' });
    expect(parseMediaPath('abc/hls/%2e%2e/x')).toBeNull();
    expect(parseMediaPath('abc/%E0%A4%A')).toBeNull();
    expect(parseMediaPath('../abc')).toBeNull();
  });
});
