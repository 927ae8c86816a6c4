/**
 * Real imports of clips made with lavfi, checked with ffprobe on the stored files: the rungs,
 * keyframes every 2 s aligned across rungs, ~6 s segments, AAC 48 kHz, a faststart MP4, the
 * poster and the thumbnail sprite. Five imports share one project (the queue runs them in turn).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dispatch,
  type ArgsOf,
  type MethodName,
  type ResultOf,
} from '../../../electron/shared/contract';
import type { MediaAssetDetail } from '../../../electron/shared/model';
import { Studio } from '../../../electron/core/studio';
import {
  ffprobeJson,
  fileState,
  keyframeTimes,
  makeClip,
  makeRotatedClip,
  rowCounts,
} from '../../support/media';

let dir: string;
let studio: Studio;
const assets: Record<string, MediaAssetDetail> = {};
const out: Record<string, string> = {};

function call<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  return dispatch(studio.handlers, method, args, { origin: 'test' }) as Promise<ResultOf<M>>;
}

/** Writes every stored file of an asset under `target`, as `media extract` would. */
function writeOut(asset: MediaAssetDetail, target: string): string {
  for (const file of asset.files) {
    const stored = studio.files.readAsset(asset.id, file.name)!;
    mkdirSync(dirname(join(target, file.name)), { recursive: true });
    writeFileSync(join(target, file.name), stored.read(0, stored.size));
  }
  return target;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cs-import-'));
  process.env.COURSE_STUDIO_TEMP = join(dir, 'tmp');
  const clips = {
    talk: makeClip(dir, 'talk.mp4', { width: 1920, height: 1080, seconds: 8, fps: 30 }),
    slides: makeClip(dir, 'slides.mov', {
      width: 1280,
      height: 720,
      seconds: 8,
      picture: 'smptebars',
    }),
    phone: makeRotatedClip(dir, 'phone.mp4'),
    // What phones record by default: 10-bit HEVC in HLG (BT.2020), tagged hvc1 as iPhones do.
    hlg: makeClip(dir, 'hlg.mp4', {
      width: 640,
      height: 360,
      seconds: 3,
      audio: false,
      output: [
        '-c:v',
        'libx265',
        '-x265-params',
        'log-level=error',
        '-tag:v',
        'hvc1',
        '-pix_fmt',
        'yuv420p10le',
        '-color_primaries',
        'bt2020',
        '-color_trc',
        'arib-std-b67',
        '-colorspace',
        'bt2020nc',
      ],
    }),
    audio: makeClip(dir, 'voice.mp3', {
      picture: null,
      seconds: 3,
      output: ['-c:a', 'libmp3lame'],
    }),
  };
  studio = new Studio({ host: 'web', homeDir: join(dir, 'home') });
  await call('project.create', { path: join(dir, 'media.course'), title: 'Media', language: 'en' });
  const started = await Promise.all(
    Object.entries(clips).map(
      async ([key, path]) => [key, await call('media.import', { path, quality: 'fast' })] as const,
    ),
  );
  for (const [key, { jobId, assetId }] of started) {
    const job = await studio.jobs().settled(jobId);
    expect(job, key).toMatchObject({ state: 'done', error: null });
    assets[key] = await call('media.get', { assetId });
    out[key] = writeOut(assets[key], join(dir, 'out', key));
  }
}, 240_000);

afterAll(() => {
  studio?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Mean luma (0-255) over every frame of a file or HLS playlist, after `filter`. */
function averageLuma(input: string, filter: string): number {
  const report = join(dir, `luma-${Math.random().toString(36).slice(2)}.txt`);
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-i',
    input,
    '-vf',
    `${filter},signalstats,metadata=print:key=lavfi.signalstats.YAVG:file=${report}`,
    '-f',
    'null',
    '-',
  ]);
  const values = [...readFileSync(report, 'utf8').matchAll(/YAVG=([\d.]+)/g)].map((m) =>
    Number(m[1]),
  );
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

const playlistDurations = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/#EXTINF:([\d.]+),/g)].map((m) => Number(m[1]));

describe('importing a 1080p lecture clip', () => {
  it('stores every rung up to 1080p, the MP4, poster and thumbnails under the agreed names', () => {
    const talk = assets.talk!;
    expect(talk).toMatchObject({ kind: 'video', state: 'ready', name: 'talk' });
    expect(talk.meta).toMatchObject({
      durationSec: 8,
      width: 1920,
      height: 1080,
      rotation: 0,
      fps: 30,
      hasAudio: true,
      rungs: [360, 540, 720, 1080],
      preset: 'fast',
      tuning: 'video',
      loudnorm: true,
      captions: [],
      chapters: [],
      sourceName: 'talk.mp4',
    });
    const names = talk.files.map((f) => f.name);
    for (const rung of [360, 540, 720, 1080]) {
      expect(names).toEqual(
        expect.arrayContaining([
          `hls/${rung}p/index.m3u8`,
          `hls/${rung}p/init.mp4`,
          `hls/${rung}p/seg-0.m4s`,
          `hls/${rung}p/seg-1.m4s`,
        ]),
      );
    }
    expect(names).toEqual(
      expect.arrayContaining([
        'hls/master.m3u8',
        'video.mp4',
        'poster.jpg',
        'thumbs/sprite.jpg',
        'thumbs/thumbs.vtt',
      ]),
    );
    expect(talk.size).toBe(talk.files.reduce((sum, f) => sum + f.size, 0));
  });

  it('writes a master playlist with BANDWIDTH, RESOLUTION and CODECS per rung', () => {
    const master = readFileSync(join(out.talk!, 'hls/master.m3u8'), 'utf8');
    const variants = [
      ...master.matchAll(
        /#EXT-X-STREAM-INF:BANDWIDTH=(\d+),RESOLUTION=(\d+x\d+),CODECS="(avc1\.[0-9a-f]+),mp4a\.40\.2"\n(.+)/g,
      ),
    ];
    expect(variants.map((v) => [v[2], v[4]])).toEqual([
      ['640x360', '360p/index.m3u8'],
      ['960x540', '540p/index.m3u8'],
      ['1280x720', '720p/index.m3u8'],
      ['1920x1080', '1080p/index.m3u8'],
    ]);
    const bandwidths = variants.map((v) => Number(v[1]));
    expect([...bandwidths].sort((a, b) => a - b)).toEqual(bandwidths);
  });

  it('puts keyframes every 2 s, at the same times in every rung, in ~6 s fMP4 segments', () => {
    const times: number[][] = [];
    for (const rung of [360, 540, 720, 1080]) {
      const folder = join(out.talk!, `hls/${rung}p`);
      const playlist = readFileSync(join(folder, 'index.m3u8'), 'utf8');
      expect(playlist).toContain('#EXT-X-MAP:URI="init.mp4"');
      expect(playlist).toContain('#EXT-X-PLAYLIST-TYPE:VOD');
      const durations = playlistDurations(join(folder, 'index.m3u8'));
      expect(
        durations.slice(0, -1).every((d) => Math.abs(d - 6) < 0.1),
        durations.join(),
      ).toBe(true);
      expect(durations.reduce((a, b) => a + b, 0)).toBeCloseTo(8, 1);
      const joined = join(folder, 'joined.mp4');
      writeFileSync(
        joined,
        Buffer.concat(
          ['init.mp4', 'seg-0.m4s', 'seg-1.m4s'].map((f) => readFileSync(join(folder, f))),
        ),
      );
      const keys = keyframeTimes(joined);
      times.push(keys.map((t) => Number((t - keys[0]!).toFixed(3))));
    }
    expect(times[0]).toEqual([0, 2, 4, 6]);
    for (const rung of times) expect(rung).toEqual(times[0]);
  });

  it('encodes AAC stereo at 48 kHz and H.264 at each rung size', () => {
    const init = ffprobeJson(join(out.talk!, 'hls/720p/init.mp4'));
    expect(init.streams).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ codec_name: 'h264', width: 1280, height: 720 }),
        expect.objectContaining({ codec_name: 'aac', sample_rate: '48000', channels: 2 }),
      ]),
    );
  });

  it('writes a 720p progressive MP4 with its moov atom in front', () => {
    const mp4 = readFileSync(join(out.talk!, 'video.mp4'));
    expect(mp4.indexOf('moov')).toBeGreaterThan(0);
    expect(mp4.indexOf('moov')).toBeLessThan(mp4.indexOf('mdat'));
    const probe = ffprobeJson(join(out.talk!, 'video.mp4'));
    expect(probe.streams).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ codec_name: 'h264', width: 1280, height: 720 }),
        expect.objectContaining({ codec_name: 'aac', sample_rate: '48000' }),
      ]),
    );
    expect(Number(probe.format.duration)).toBeCloseTo(8, 0);
  });

  it('makes a poster and a sprite whose WebVTT map points into it', () => {
    expect(ffprobeJson(join(out.talk!, 'poster.jpg')).streams[0]).toMatchObject({
      width: 1280,
      height: 720,
    });
    const vtt = readFileSync(join(out.talk!, 'thumbs/thumbs.vtt'), 'utf8');
    const cues = [...vtt.matchAll(/(\S+) --> (\S+)\nsprite\.jpg#xywh=(\d+),(\d+),(\d+),(\d+)/g)];
    expect(cues.length).toBeGreaterThanOrEqual(4);
    expect(cues[0]!.slice(1)).toEqual(['00:00:00.000', '00:00:02.000', '0', '0', '160', '90']);
    const sprite = ffprobeJson(join(out.talk!, 'thumbs/sprite.jpg')).streams[0]!;
    expect(sprite).toMatchObject({ width: 160 * cues.length, height: 90 });
  });
});

describe('importing other recordings', () => {
  it('tunes a still slide recording for slides: 15 fps, fewer bits', () => {
    expect(assets.slides!.meta).toMatchObject({
      tuning: 'slides',
      fps: 15,
      rungs: [360, 540, 720],
    });
    const probe = ffprobeJson(join(out.slides!, 'video.mp4'));
    expect(probe.streams[0]).toMatchObject({ avg_frame_rate: '15/1' });
    const talk720 = assets.talk!.files.find((f) => f.name === 'hls/720p/seg-0.m4s')!.size;
    const slides720 = assets.slides!.files.find((f) => f.name === 'hls/720p/seg-0.m4s')!.size;
    expect(slides720).toBeLessThan(talk720);
  });

  it('turns a rotated phone clip upright, with rungs by its short side', () => {
    expect(assets.phone!.meta).toMatchObject({ width: 360, height: 640, rungs: [360] });
    expect([90, 270]).toContain(assets.phone!.meta!.rotation);
    expect(ffprobeJson(join(out.phone!, 'video.mp4')).streams[0]).toMatchObject({
      width: 360,
      height: 640,
    });
    expect(readFileSync(join(out.phone!, 'hls/master.m3u8'), 'utf8')).toContain(
      'RESOLUTION=360x640',
    );
  });

  it('tone-maps an HLG phone clip to 8-bit BT.709 instead of showing it washed out', () => {
    expect(ffprobeJson(join(dir, 'hlg.mp4')).streams[0]).toMatchObject({
      codec_name: 'hevc',
      pix_fmt: 'yuv420p10le',
      color_transfer: 'arib-std-b67',
    });
    const stream = ffprobeJson(join(out.hlg!, 'video.mp4')).streams[0];
    expect(stream).toMatchObject({
      pix_fmt: 'yuv420p',
      color_transfer: 'bt709',
      color_primaries: 'bt709',
      color_space: 'bt709',
    });
    const source = join(dir, 'hlg.mp4');
    // Dropping bits alone keeps the HLG code values: a picture far brighter and flatter.
    const naive = averageLuma(source, 'format=yuv420p');
    const ours = averageLuma(join(out.hlg!, 'video.mp4'), 'null');
    expect(naive - ours).toBeGreaterThan(20);
    // Rungs and the poster come from the same mapped picture.
    expect(
      Math.abs(averageLuma(join(out.hlg!, 'hls/360p/index.m3u8'), 'null') - ours),
    ).toBeLessThan(3);
  });

  it('stores an audio file as an audio asset with one faststart M4A', () => {
    const audio = assets.audio!;
    expect(audio).toMatchObject({ kind: 'audio', meta: { hasAudio: true, rungs: [], width: 0 } });
    expect(audio.files.map((f) => f.name)).toEqual(['audio.m4a']);
    const m4a = readFileSync(join(out.audio!, 'audio.m4a'));
    expect(m4a.indexOf('moov')).toBeLessThan(m4a.indexOf('mdat'));
    expect(ffprobeJson(join(out.audio!, 'audio.m4a')).streams[0]).toMatchObject({
      codec_name: 'aac',
      sample_rate: '48000',
    });
    expect(studio.files.readAsset(audio.id)?.mime).toBe('audio/mp4');
  });
});

describe('refusing files that are not usable media', () => {
  it.each([
    ['a truncated MP4', 'cut.mp4', 'MEDIA_TRUNCATED'],
    ['a text file named .mp4', 'notes.mp4', 'MEDIA_NOT_MEDIA'],
    ['an empty file', 'empty.mp4', 'MEDIA_EMPTY'],
  ])('%s, leaving the project unchanged', async (_what, name, code) => {
    const path = join(dir, name);
    if (name === 'cut.mp4') {
      const whole = readFileSync(join(dir, 'talk.mp4'));
      writeFileSync(path, whole.subarray(0, whole.length / 3));
    } else {
      writeFileSync(path, name === 'notes.mp4' ? 'Week 1 notes: bring a calculator.\n' : '');
    }
    const project = studio.current();
    const before = { rows: rowCounts(project.db), file: fileState(project.path) };
    await expect(call('media.import', { path })).rejects.toMatchObject({
      code,
      message: expect.stringContaining(name),
    });
    expect({ rows: rowCounts(project.db), file: fileState(project.path) }).toEqual(before);
  });
});
