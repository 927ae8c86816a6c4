import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../../../electron/core/media/probe';
import { makeClip, makeRotatedClip } from '../../support/media';

let dir: string;
beforeAll(() => {
  // Shared by every test in this file: tempDir() would be removed after the first test.
  dir = mkdtempSync(join(tmpdir(), 'cs-probe-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('probing media', () => {
  it('describes a video: size, frame rate, audio', async () => {
    const probe = await probeMedia(
      makeClip(dir, 'plain.mp4', { width: 320, height: 180, seconds: 2 }),
    );
    expect(probe).toMatchObject({
      kind: 'video',
      video: { width: 320, height: 180, rotation: 0, fps: 25, interlaced: false },
      audio: { codec: 'aac', sampleRate: 44100, channels: 1 },
    });
    expect(probe.durationSec).toBeCloseTo(2, 1);
  });

  it('reports a rotated phone clip upright', async () => {
    const probe = await probeMedia(makeRotatedClip(dir, 'phone.mp4'));
    expect(probe.video).toMatchObject({ width: 360, height: 640 });
    expect([90, 270]).toContain(probe.video!.rotation);
  });

  it('rounds odd sizes down to even and notices interlacing', async () => {
    const file = makeClip(dir, 'odd.mkv', {
      width: 641,
      height: 361,
      seconds: 1,
      audio: false,
      output: ['-flags', '+ilme+ildct', '-top', '1'],
    });
    const probe = await probeMedia(file);
    expect(probe.video).toMatchObject({ width: 640, height: 360, interlaced: true });
    expect(probe.audio).toBeNull();
  });

  it('takes audio-only files as audio, ignoring cover art', async () => {
    const file = makeClip(dir, 'talk.mp3', {
      picture: null,
      seconds: 2,
      output: ['-c:a', 'libmp3lame'],
    });
    expect(await probeMedia(file)).toMatchObject({
      kind: 'audio',
      video: null,
      audio: { codec: 'mp3' },
    });
  });
});

describe('refusing what is not usable media', () => {
  it.each([
    ['an empty file', 'empty.mp4', () => Buffer.alloc(0), 'MEDIA_EMPTY'],
    [
      'a text file named .mp4',
      'notes.mp4',
      () => Buffer.from('Lecture notes\nnot a video\n'),
      'MEDIA_NOT_MEDIA',
    ],
    [
      'random bytes',
      'noise.mov',
      () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)),
      'MEDIA_NOT_MEDIA',
    ],
  ])('%s', async (_what, name, bytes, code) => {
    const file = join(dir, name);
    writeFileSync(file, bytes());
    await expect(probeMedia(file)).rejects.toMatchObject({
      code,
      message: expect.stringContaining(name),
    });
  });

  it('an MP4 cut in half, with its index at the end or at the front', async () => {
    const whole = makeClip(dir, 'whole.mp4', { seconds: 4 });
    const front = join(dir, 'front.mp4');
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-i',
      whole,
      '-c',
      'copy',
      '-movflags',
      '+faststart',
      front,
    ]);
    for (const [source, cut] of [
      [whole, 'cut-end.mp4'],
      [front, 'cut-front.mp4'],
    ] as const) {
      const bytes = readFileSync(source);
      writeFileSync(join(dir, cut), bytes.subarray(0, Math.floor(bytes.length / 2)));
      await expect(probeMedia(join(dir, cut))).rejects.toMatchObject({ code: 'MEDIA_TRUNCATED' });
    }
  });

  it('a file with only subtitles, a still image, a missing file', async () => {
    const srt = join(dir, 's.srt');
    writeFileSync(srt, '1\n00:00:01,000 --> 00:00:02,000\nhi\n');
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', srt, join(dir, 'subs.mkv')]);
    await expect(probeMedia(join(dir, 'subs.mkv'))).rejects.toMatchObject({
      code: 'MEDIA_NO_STREAMS',
    });
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      'testsrc2=s=64x48',
      '-frames:v',
      '1',
      join(dir, 'still.png'),
    ]);
    await expect(probeMedia(join(dir, 'still.png'))).rejects.toMatchObject({
      code: 'MEDIA_NOT_VIDEO',
    });
    await expect(probeMedia(join(dir, 'gone.mp4'))).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
    });
  });

  it('a playlist, which would make ffmpeg open other files', async () => {
    const playlist = join(dir, 'evil.mp4');
    writeFileSync(
      playlist,
      '#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\nfile:///etc/passwd\n#EXT-X-ENDLIST\n',
    );
    await expect(probeMedia(playlist)).rejects.toMatchObject({ code: 'MEDIA_NOT_MEDIA' });
  });
});
