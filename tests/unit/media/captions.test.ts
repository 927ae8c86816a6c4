import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeCaptionBytes,
  parseCaptions,
  readCaptionFile,
  toWebVtt,
  vttToSrt,
} from '../../../electron/core/media/caption-files';
import { tempDir } from '../../support/temp';

const srt = `1
00:00:01,000 --> 00:00:02,500
你好，世界
第二行

2
00:00:03,000 --> 00:00:04,000
Hello & <i>welcome</i> a < b
`;

/** "你好" in GB18030, written out so the test does not depend on iconv. */
const nihaoGb18030 = Buffer.from('c4e3bac3', 'hex');

describe('caption encodings', () => {
  it('reads UTF-8 with and without a BOM', () => {
    for (const bytes of [
      Buffer.from(srt),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(srt)]),
    ]) {
      const { text, encoding } = decodeCaptionBytes(bytes);
      expect(encoding).toBe('utf-8');
      expect(text.startsWith('1\n')).toBe(true);
    }
  });

  it('reads UTF-16 little and big endian, with a BOM or without', () => {
    const le = Buffer.from(srt, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeCaptionBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toMatchObject({
      encoding: 'utf-16le',
      text: srt,
    });
    expect(decodeCaptionBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({
      encoding: 'utf-16be',
      text: srt,
    });
    expect(decodeCaptionBytes(le).encoding).toBe('utf-16le');
  });

  it('reads GB18030 when the bytes are not UTF-8', () => {
    expect(decodeCaptionBytes(nihaoGb18030)).toEqual({ text: '你好', encoding: 'gb18030' });
  });

  it('imports a GB18030 SRT file (made with iconv) with correct Chinese text', () => {
    const dir = tempDir();
    const file = join(dir, 'zh.srt');
    let bytes: Buffer;
    try {
      bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: srt });
    } catch {
      bytes = Buffer.concat([
        Buffer.from('1\n00:00:01,000 --> 00:00:02,500\n'),
        nihaoGb18030,
        Buffer.from('\n'),
      ]);
    }
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    writeFileSync(file, bytes);
    const { vtt, encoding } = readCaptionFile(file);
    expect(encoding).toBe('gb18030');
    expect(vtt).toContain('你好');
  });

  it('refuses bytes that are no text encoding it knows', () => {
    // Windows-1252 reads almost any byte; 0x81 is one it leaves undefined.
    expect(() =>
      decodeCaptionBytes(Buffer.from([0x31, 0x0a, 0xe9, 0x20, 0x81, 0xff, 0x20])),
    ).toThrow(expect.objectContaining({ code: 'CAPTIONS_ENCODING' }));
  });
});

describe('caption parsing', () => {
  it('turns SRT into WebVTT, keeping b/i/u and escaping the rest', () => {
    const vtt = toWebVtt(parseCaptions(srt));
    expect(vtt).toBe(
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.500\n你好，世界\n第二行\n\n00:00:03.000 --> 00:00:04.000\nHello &amp; <i>welcome</i> a &lt; b\n',
    );
  });

  it('reads WebVTT with identifiers, notes and cue settings, and writes SRT back', () => {
    const vtt = `WEBVTT - lecture 1

NOTE made by hand

intro
00:01.000 --> 00:02.000 align:start line:90% bogus:1
<v Ann>Hi</v> &amp; <b>bold</b>

01:00:00.500 --> 01:00:01.000
Later
`;
    const cues = parseCaptions(vtt);
    expect(cues).toHaveLength(2);
    expect(cues[0]).toMatchObject({ start: 1, end: 2, settings: 'align:start line:90%' });
    expect(cues[1]).toMatchObject({ start: 3600.5, end: 3601 });
    expect(vttToSrt(toWebVtt(cues))).toBe(
      '1\n00:00:01,000 --> 00:00:02,000\nHi & <b>bold</b>\n\n2\n01:00:00,500 --> 01:00:01,000\nLater\n',
    );
  });

  it('reports every malformed cue with its line number', () => {
    const bad = `1
00:00:01,000 --> 00:00:02,000
fine

2
00:00:05,000 --> 00:00:04,000
ends before it starts

3
00:00:07,000 -> 00:00:08,000
arrow is wrong

4
00:00:09,000 --> 00:00:10,000
no blank line follows
5
00:00:11,000 --> 00:00:12,000
merged cue

6
00:00:61,000 --> 00:00:62,000
bad seconds
`;
    let failure: unknown;
    try {
      parseCaptions(bad, 'bad.srt');
    } catch (error) {
      failure = error;
    }
    expect(failure).toMatchObject({
      code: 'CAPTIONS_MALFORMED',
      details: { lines: [6, 9, 16, 21] },
    });
    expect((failure as Error).message).toBe('bad.srt has malformed cues at lines 6, 9, 16, 21.');
  });

  it('refuses a file with no cues', () => {
    expect(() => parseCaptions('WEBVTT\n\n')).toThrow(
      expect.objectContaining({ code: 'CAPTIONS_MALFORMED' }),
    );
  });
});
