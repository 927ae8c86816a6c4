/** The media commands of `course-studio`: import-video, media list / extract, captions add. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli';
import { makeClip } from '../../support/media';

let dir: string;
let course: string;
let env: Record<string, string>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cs-cli-media-'));
  course = join(dir, 'cli.course');
  env = { COURSE_STUDIO_TEMP: join(dir, 'tmp'), COURSE_STUDIO_HOME: join(dir, 'home') };
  expect(runCli(['new', course, '--title', 'CLI']).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const oneLine = (text: string) => text.trim().split('\n').length === 1;

describe('course-studio import-video', () => {
  let assetId: string;

  it('imports with captions, shows plain progress lines off a terminal, prints JSON', () => {
    const clip = makeClip(dir, 'lecture.mov', { width: 640, height: 360, seconds: 3 });
    const srt = join(dir, 'en.srt');
    writeFileSync(srt, '1\n00:00:00,500 --> 00:00:02,000\nWelcome\n');
    const result = runCli(
      [
        'import-video',
        course,
        clip,
        '--quality',
        'fast',
        '--captions',
        srt,
        '--caption-lang',
        'en',
        '--json',
      ],
      env,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^\d+%\s+transcode/m);
    expect(result.stderr).not.toContain('\r');
    const output = JSON.parse(result.stdout) as {
      assetId: string;
      asset: { meta: { captions: unknown[] } };
    };
    assetId = output.assetId;
    expect(output.asset.meta.captions).toEqual([{ lang: 'en', label: 'English' }]);
  });

  it('lists media with id, kind, state and duration', () => {
    const json = runCli(['media', 'list', course, '--json']);
    expect(JSON.parse(json.stdout)).toEqual([
      expect.objectContaining({
        id: assetId,
        kind: 'video',
        state: 'ready',
        durationSec: 3,
        rungs: [360],
      }),
    ]);
    const text = runCli(['media', 'list', course]);
    expect(text.stdout).toMatch(new RegExp(`${assetId}\\s+video\\s+ready\\s+0:03\\s+lecture`));
  });

  it('adds GB18030 captions and extracts every file as ordinary files', () => {
    const gb = join(dir, 'zh.srt');
    writeFileSync(
      gb,
      execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], {
        input: '1\n00:00:01,000 --> 00:00:02,000\n欢迎来到课堂\n',
      }),
    );
    const added = runCli(['captions', 'add', course, assetId, gb, '--lang', 'zh-CN']);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('zh-CN (中文（简体）)');

    const out = join(dir, 'extracted');
    const extracted = runCli(['media', 'extract', course, assetId, out]);
    expect(extracted.code, extracted.stderr).toBe(0);
    expect(readdirSync(join(out, 'hls', '360p')).sort()).toEqual([
      'index.m3u8',
      'init.mp4',
      'seg-0.m4s',
    ]);
    expect(readdirSync(out).sort()).toEqual([
      'captions',
      'hls',
      'poster.jpg',
      'thumbs',
      'video.mp4',
    ]);
    expect(readFileSync(join(out, 'captions', 'zh-CN.vtt'), 'utf8')).toContain('欢迎来到课堂');
    expect(readFileSync(join(out, 'captions', 'en.vtt'), 'utf8')).toContain(
      '00:00:00.500 --> 00:00:02.000\nWelcome',
    );
  });

  it('reports malformed captions in one line with their line numbers, storing nothing', () => {
    const bad = join(dir, 'bad.srt');
    writeFileSync(
      bad,
      '1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:03,000 -> 00:00:04,000\nbroken\n',
    );
    const result = runCli(['captions', 'add', course, assetId, bad, '--lang', 'fr']);
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toBe(true);
    expect(result.stderr).toContain('bad.srt has malformed cues at line 5');
    const [asset] = JSON.parse(runCli(['media', 'list', course, '--json']).stdout) as {
      captions: { lang: string }[];
    }[];
    expect(asset!.captions.map((c) => c.lang)).toEqual(['en', 'zh-CN']);
  });

  it('refuses what is not media in one line with exit code 1', () => {
    const notes = join(dir, 'notes.mp4');
    writeFileSync(notes, 'not a video\n');
    const result = runCli(['import-video', course, notes], env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('course-studio: notes.mp4 is a text file.');
  });

  it('answers wrong usage with exit code 2 and --help with 0', () => {
    for (const args of [
      ['import-video', course],
      ['import-video', course, 'x.mp4', '--quality', 'best'],
      ['import-video', course, 'x.mp4', '--captions', 'a.srt'],
      ['media', 'list'],
      ['media', 'extract', course, 'id'],
      ['media', 'play', course],
      ['captions', 'add', course, 'id', 'a.srt'],
    ]) {
      const result = runCli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(oneLine(result.stderr)).toBe(true);
    }
    for (const command of ['import-video', 'media', 'captions']) {
      const result = runCli([command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`course-studio ${command}`);
    }
    expect(runCli(['--help']).stdout).toContain('import-video <file.course> <video>');
  });

  it('refuses to extract an unknown asset', () => {
    const result = runCli(['media', 'extract', course, 'no-such-asset', join(dir, 'x')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No media with id no-such-asset');
  });
});
