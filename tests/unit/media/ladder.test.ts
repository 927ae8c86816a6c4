import { describe, expect, it } from 'vitest';
import { ladderArgs, planLadder } from '../../../electron/core/media/ladder';
import { spriteArgs } from '../../../electron/core/media/thumbnails';
import { outputFrameRate } from '../../../electron/core/media/presets';
import { lectureProbe } from '../../support/probe';

const probe = lectureProbe;

const options = { quality: 'fast', tuning: 'video', loudnorm: true } as const;
const value = (args: string[], flag: string) => args[args.indexOf(flag) + 1];

describe('the ladder plan', () => {
  it.each([
    [1920, 1080, [360, 540, 720, 1080], 720],
    [3840, 2160, [360, 540, 720, 1080], 720],
    [1280, 720, [360, 540, 720], 720],
    [640, 360, [360], 360],
    [641, 361, [360], 360],
    [320, 180, [180], 180],
    [1080, 1920, [360, 540, 720, 1080], 720],
  ])('makes rungs at or below the source (%ix%i)', (width, height, rungs, mp4) => {
    const plan = planLadder(probe({ width, height }), options);
    expect(plan.renditions.map((r) => r.rung)).toEqual(rungs);
    expect(plan.mp4?.rung).toBe(mp4);
    for (const r of plan.renditions) {
      expect(r.width % 2).toBe(0);
      expect(r.height % 2).toBe(0);
      expect(Math.min(r.width, r.height)).toBe(r.rung);
    }
  });

  it('keeps portrait pictures portrait', () => {
    const plan = planLadder(probe({ width: 1080, height: 1920 }), options);
    expect(plan.renditions[1]).toMatchObject({ rung: 540, width: 540, height: 960 });
    expect(plan.thumbnails).toMatchObject({ width: 90, height: 160 });
  });

  it('gives 2-second GOPs at a constant frame rate, also for NTSC and variable rates', () => {
    expect(planLadder(probe({ fps: 30 }), options)).toMatchObject({ fps: 30, gop: 60 });
    expect(planLadder(probe({ fps: 29.97 }), options)).toMatchObject({
      fpsText: '30000/1001',
      gop: 60,
    });
    expect(planLadder(probe({ fps: 27.3, variableFrameRate: true }), options)).toMatchObject({
      fps: 30000 / 1001,
    });
    expect(planLadder(probe({ fps: 120 }), options)).toMatchObject({ fps: 60, gop: 120 });
    expect(outputFrameRate(25, false)).toEqual({ fps: 25, text: '25' });
  });

  it('uses fewer frames and bits for slides', () => {
    const video = planLadder(probe({}), options);
    const slides = planLadder(probe({}), { ...options, tuning: 'slides' });
    expect(slides).toMatchObject({ fps: 15, gop: 30 });
    expect(slides.renditions[0]!.maxrateKbps).toBeLessThan(video.renditions[0]!.maxrateKbps);
    expect(ladderArgs(slides, probe({}))).toContain('stillimage');
  });

  it('spaces thumbnails so a 3-hour recording has at most 300', () => {
    const plan = planLadder(probe({}, 3 * 3600), options);
    expect(plan.thumbnails!.intervalSec).toBe(36);
    expect(planLadder(probe({}, 8), options).thumbnails!.intervalSec).toBe(2);
  });
});

describe('the ffmpeg arguments', () => {
  const plan = planLadder(probe({ width: 1920, height: 1080, interlaced: true }), options);
  const args = ladderArgs(plan, probe({ width: 1920, height: 1080, interlaced: true }));

  it('are one array for one process that reads the source once, as a plain local file', () => {
    expect(args.filter((a) => a === '-i')).toHaveLength(1);
    expect(value(args, '-i')).toBe('file:/in/lecture; rm -rf ~.mp4');
    expect(value(args, '-protocol_whitelist')).toBe('file');
    expect(args.slice(0, 7)).toEqual([
      '-hide_banner',
      '-nostdin',
      '-v',
      'error',
      '-progress',
      'pipe:1',
      '-nostats',
    ]);
  });

  it('split one decoded picture into every output, deinterlacing first', () => {
    const graph = value(args, '-filter_complex')!;
    expect(graph).toMatch(
      /^\[0:0\]yadif=mode=send_frame:deint=interlaced,fps=30,scale=1920:1080,setsar=1,format=yuv420p,split=7/,
    );
    expect(graph).toContain('loudnorm=I=-16');
    expect(graph).toContain('asplit=5');
    expect(
      ladderArgs(planLadder(probe({}), { ...options, loudnorm: false }), probe({})),
    ).not.toContain('loudnorm');
  });

  it('write HLS fMP4 with aligned keyframes, a master playlist and named rungs', () => {
    expect(value(args, '-hls_segment_type')).toBe('fmp4');
    expect(value(args, '-hls_time')).toBe('6');
    expect(value(args, '-hls_playlist_type')).toBe('vod');
    expect(value(args, '-master_pl_name')).toBe('master.m3u8');
    expect(value(args, '-var_stream_map')).toBe(
      'v:0,a:0,name:360p v:1,a:1,name:540p v:2,a:2,name:720p v:3,a:3,name:1080p',
    );
    expect(value(args, '-sc_threshold')).toBe('0');
    expect(value(args, '-g')).toBe('60');
    expect(value(args, '-force_key_frames')).toBe('expr:gte(t,n_forced*2)');
    expect(args).toContain('hls/%v/index.m3u8');
  });

  it('write a faststart MP4, a poster and thumbnails, with AAC at 48 kHz', () => {
    expect(args[args.indexOf('video.mp4') - 1]).toBe('+faststart');
    expect(args).toContain('poster.jpg');
    expect(args).toContain('thumbs/frame-%05d.jpg');
    expect(value(args, '-ar')).toBe('48000');
    expect(value(args, '-c:a')).toBe('aac');
    expect(spriteArgs(plan.thumbnails!, 25)).toContain('tile=10x3');
  });

  it('make one faststart M4A for audio', () => {
    const audio = planLadder(probe(null, 30), options);
    const audioArgs = ladderArgs(audio, probe(null, 30));
    expect(audio.kind).toBe('audio');
    expect(audioArgs.slice(-3)).toEqual(['-movflags', '+faststart', 'audio.m4a']);
    expect(audioArgs).not.toContain('-f');
  });
});
