/**
 * Issue 9 item 13: legacy caption encodings are detected (weighted by the caption language)
 * instead of every non-UTF-8 file being read as GB18030, and text that would hold replacement
 * characters is refused. Files are made by iconv, as a teacher's old subtitle tool would.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaptionFile } from '../../../electron/core/media/caption-files';
import { readCaption } from '../../../electron/core/media/import-preflight';
import { runCli } from '../../support/cli';
import { makeStudio } from '../../support/studio';
import { tempDir } from '../../support/temp';

const srt = (text: string) =>
  `1\n00:00:01,000 --> 00:00:03,000\n${text}\n\n2\n00:00:04,000 --> 00:00:06,000\n${text}!\n`;

function encoded(text: string, encoding: string): string {
  const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', encoding], { input: srt(text) });
  const path = join(tempDir(), `captions.${encoding}.srt`);
  writeFileSync(path, bytes);
  return path;
}

describe('caption encodings', () => {
  it.each([
    ['BIG5', 'zh-TW', 'big5', '繁體中文字幕測試'],
    ['BIG5', 'zh-HK', 'big5', '繁體中文字幕測試'],
    ['SHIFT_JIS', 'ja', 'shift_jis', '日本語の字幕テストです'],
    ['EUC-KR', 'ko', 'euc-kr', '한국어 자막 시험입니다'],
    ['WINDOWS-1252', 'fr', 'windows-1252', 'Noël élève'],
    ['WINDOWS-1252', 'en', 'windows-1252', 'Café naïve façade'],
    ['GB18030', 'zh-CN', 'gb18030', '简体中文字幕测试'],
  ])('reads %s captions in %s', (iconvName, lang, encoding, text) => {
    const read = readCaptionFile(encoded(text, iconvName), { lang });
    expect(read.encoding).toBe(encoding);
    expect(read.vtt).toContain(`\n${text}\n`);
  });

  it('takes the encoding the author picked, and refuses one the bytes are not valid in', () => {
    const big5 = encoded('繁體中文字幕測試', 'BIG5');
    expect(readCaptionFile(big5, { lang: 'en', encoding: 'big5' }).vtt).toContain(
      '繁體中文字幕測試',
    );
    expect(() => readCaptionFile(big5, { lang: 'en', encoding: 'utf-8' })).toThrow(
      expect.objectContaining({ code: 'CAPTIONS_ENCODING' }),
    );
  });

  it('captions add takes --encoding on the command line, and refuses an unknown one', () => {
    const course = join(tempDir(), 'c.course');
    expect(runCli(['new', course, '--title', 'Enc']).code).toBe(0);
    const big5 = encoded('繁體中文字幕測試', 'BIG5');
    const unknown = runCli([
      'captions',
      'add',
      course,
      'a1',
      big5,
      '--lang',
      'en',
      '--encoding',
      'klingon',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--encoding must be one of utf-8/);
    // Read as UTF-8 the file is refused; as Big5 it is read, and only the asset is missing.
    const wrong = runCli([
      'captions',
      'add',
      course,
      'a1',
      big5,
      '--lang',
      'en',
      '--encoding',
      'utf-8',
    ]);
    expect(wrong.stderr).toMatch(/is not valid utf-8 text/);
    const right = runCli([
      'captions',
      'add',
      course,
      'a1',
      big5,
      '--lang',
      'en',
      '--encoding',
      'big5',
    ]);
    expect(right.stderr).toMatch(/No media with id a1/);
  });

  it('drops control characters from a caption label given outside the contract', () => {
    const path = encoded('Noël élève', 'WINDOWS-1252');
    expect(readCaption({ path, lang: 'fr', label: 'Fr\u001b[31m\u202e' }).label).toBe('Fr[31m');
    expect(readCaption({ path, lang: 'fr', label: '\u0007' }).label).toBe('Français');
  });

  it('refuses text that already holds replacement characters', () => {
    const path = join(tempDir(), 'damaged.srt');
    writeFileSync(path, srt('No\uFFFDl \uFFFDl\uFFFDve'));
    expect(() => readCaptionFile(path, { lang: 'fr' })).toThrow(
      expect.objectContaining({ code: 'CAPTIONS_ENCODING' }),
    );
  });

  it('previews the decoded first lines through the contract, and again in another encoding', async () => {
    const { call } = makeStudio();
    const path = encoded('繁體中文字幕測試', 'BIG5');
    const preview = await call('captions.preview', { path, lang: 'zh-TW' });
    expect(preview).toMatchObject({
      encoding: 'big5',
      cues: 2,
      lines: ['繁體中文字幕測試', '繁體中文字幕測試!'],
    });
    expect(preview.candidates).toContain('gb18030');
    const other = await call('captions.preview', { path, lang: 'zh-TW', encoding: 'gb18030' });
    expect(other.encoding).toBe('gb18030');
    expect(other.lines[0]).not.toBe('繁體中文字幕測試');
    await expect(
      call('captions.preview', { path, lang: 'zh-TW', encoding: 'utf-8' }),
    ).rejects.toMatchObject({ code: 'CAPTIONS_ENCODING' });
  });
});
