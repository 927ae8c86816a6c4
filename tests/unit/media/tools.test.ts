import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findMediaTools, resetMediaTools } from '../../../electron/core/media/tools';
import {
  isSafeMediaFileName,
  mimeForMediaFile,
  parseMediaPath,
} from '../../../electron/shared/media-files';
import { tempDir } from '../../support/temp';

const saved = { ...process.env };
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

  it('falls back to the PATH (the optional npm packages are not installed here)', () => {
    const dir = join(tempDir(), 'bin');
    fakeTool(dir, 'ffmpeg');
    fakeTool(dir, 'ffprobe');
    delete process.env.COURSE_STUDIO_FFMPEG;
    delete process.env.COURSE_STUDIO_FFPROBE;
    process.env.PATH = dir;
    expect(findMediaTools()).toEqual({
      ffmpeg: join(dir, 'ffmpeg'),
      ffprobe: join(dir, 'ffprobe'),
    });
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
