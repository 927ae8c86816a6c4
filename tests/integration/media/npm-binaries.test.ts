/**
 * Issue 13: a machine without a system ffmpeg still transcodes. `import-video` runs with the
 * PATH's ffmpeg hidden (COURSE_STUDIO_IGNORE_PATH_TOOLS), so the binaries that came with
 * `npm install` do the work; their ladder must match the system ffmpeg's: the same rungs,
 * playlists of the same shape, durations within one frame.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli';
import { ffprobeJson, makeClip } from '../../support/media';

const FPS = 25;
const FRAME = 1 / FPS;
const RUNGS = ['360p', '540p'];

let dir: string;
let clip: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cs-npm-ffmpeg-'));
  clip = makeClip(dir, 'lecture.mp4', { width: 960, height: 540, seconds: 7, fps: FPS });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Imports the clip into a new course and writes the asset's files to a folder. */
function importAndExtract(name: string, env: Record<string, string>) {
  const course = join(dir, `${name}.course`);
  expect(runCli(['new', course, '--title', name]).code).toBe(0);
  const imported = runCli(['import-video', course, clip, '--quality', 'fast', '--json'], {
    COURSE_STUDIO_TEMP: join(dir, `${name}-tmp`),
    COURSE_STUDIO_DEBUG: '1',
    ...env,
  });
  expect(imported.code, imported.stderr).toBe(0);
  const { assetId } = JSON.parse(imported.stdout) as { assetId: string };
  const out = join(dir, `${name}-out`);
  expect(runCli(['media', 'extract', course, assetId, out]).code).toBe(0);
  const tools = /tools: (\S+) (\S+)/.exec(imported.stderr);
  return { out, ffmpeg: tools?.[1] ?? '', ffprobe: tools?.[2] ?? '' };
}

function playlist(out: string, name: string) {
  const text = readFileSync(join(out, name), 'utf8');
  return {
    text,
    durations: [...text.matchAll(/^#EXTINF:([\d.]+),/gm)].map((m) => Number(m[1])),
    segments: text.split('\n').filter((line) => line !== '' && !line.startsWith('#')),
  };
}

const variants = (out: string) =>
  [
    ...playlist(out, 'hls/master.m3u8').text.matchAll(
      /RESOLUTION=(\d+x\d+),CODECS="([^"]+)"\n(.+)/g,
    ),
  ].map((m) => ({
    resolution: m[1],
    codecs: m[2]!.split(',').map((c) => c.split('.')[0]),
    uri: m[3],
  }));

const duration = (file: string) => Number(ffprobeJson(file).format.duration);

describe('the binaries that come with npm install', () => {
  let npm: ReturnType<typeof importAndExtract>;
  let system: ReturnType<typeof importAndExtract>;

  beforeAll(() => {
    npm = importAndExtract('npm', { COURSE_STUDIO_IGNORE_PATH_TOOLS: '1' });
    system = importAndExtract('system', {});
  }, 180_000);

  it('are the ones used when the system ffmpeg is hidden', () => {
    expect(npm.ffmpeg).toMatch(/node_modules[\\/](@ffmpeg-installer|ffmpeg-static)/);
    expect(npm.ffprobe).toMatch(/node_modules[\\/]@ffprobe-installer/);
    expect(system.ffmpeg).not.toContain('node_modules');
  });

  it('write the same rungs and files as the system ffmpeg', () => {
    expect(readdirSync(join(npm.out, 'hls')).sort()).toEqual(
      readdirSync(join(system.out, 'hls')).sort(),
    );
    expect(readdirSync(join(npm.out, 'hls')).sort()).toEqual(['360p', '540p', 'master.m3u8']);
    for (const rung of RUNGS) {
      expect(readdirSync(join(npm.out, 'hls', rung)).sort(), rung).toEqual(
        readdirSync(join(system.out, 'hls', rung)).sort(),
      );
    }
    expect(readdirSync(npm.out).sort()).toEqual(readdirSync(system.out).sort());
  });

  it('write a master playlist naming the same variants', () => {
    expect(variants(npm.out)).toEqual(variants(system.out));
    expect(variants(npm.out).map((v) => v.uri)).toEqual(['360p/index.m3u8', '540p/index.m3u8']);
  });

  it('write rung playlists of the same shape, durations within one frame', () => {
    for (const rung of RUNGS) {
      const a = playlist(npm.out, `hls/${rung}/index.m3u8`);
      const b = playlist(system.out, `hls/${rung}/index.m3u8`);
      expect(a.segments).toEqual(b.segments);
      expect(a.segments).toEqual(['seg-0.m4s', 'seg-1.m4s']);
      expect(a.text).toContain('#EXT-X-MAP:URI="init.mp4"');
      expect(a.text).toContain('#EXT-X-PLAYLIST-TYPE:VOD');
      expect(a.text).toContain('#EXT-X-ENDLIST');
      a.durations.forEach((seconds, i) =>
        expect(Math.abs(seconds - b.durations[i]!), `${rung} segment ${i}`).toBeLessThanOrEqual(
          FRAME + 1e-6,
        ),
      );
    }
  });

  it('write an MP4 as long as the system one, within one frame', () => {
    const a = duration(join(npm.out, 'video.mp4'));
    const b = duration(join(system.out, 'video.mp4'));
    expect(Math.abs(a - b)).toBeLessThanOrEqual(FRAME + 1e-6);
    expect(Math.abs(a - 7)).toBeLessThanOrEqual(FRAME + 1e-6);
  });
});
