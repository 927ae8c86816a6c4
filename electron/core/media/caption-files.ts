/**
 * Caption files: SRT or WebVTT in, in UTF-8 (with or without BOM), UTF-16 or a legacy encoding
 * (GB18030, Big5, Shift_JIS, EUC-KR, Windows-1252; see caption-encoding.ts); stored as WebVTT;
 * written back as SRT for platforms that want it.
 * A malformed cue refuses the whole file, naming the lines, rather than silently dropping text.
 */
import { basename } from 'node:path';
import { StudioError } from '../../shared/errors';
import type { CaptionEncoding, CaptionPreview } from '../../shared/caption-encodings';
import { readRegularFile } from '../regular-file';
import { decodeCaptionText } from './caption-encoding';

export interface Cue {
  start: number;
  end: number;
  /** WebVTT cue settings (`align:start line:90%`), empty for SRT. */
  settings: string;
  /** Cue text in WebVTT syntax, lines separated by \n. */
  text: string;
}

export type { CaptionEncoding };

export const MAX_CAPTION_BYTES = 10 * 1024 * 1024;
const MAX_REPORTED_PROBLEMS = 50;

/** How to read a caption file: its language weights encoding detection; or a chosen encoding. */
export interface CaptionReadOptions {
  lang?: string;
  encoding?: CaptionEncoding;
}

/** Reads a caption file and returns it as WebVTT. */
export function readCaptionFile(
  path: string,
  options: CaptionReadOptions = {},
): { vtt: string; cues: number; encoding: CaptionEncoding } {
  const { cues, encoding } = readCues(path, options);
  return { vtt: toWebVtt(cues), cues: cues.length, encoding };
}

/** The caption file as it would be stored, for the author to check before adding it. */
export function previewCaptionFile(
  path: string,
  options: CaptionReadOptions = {},
  lineCount = 6,
): CaptionPreview {
  const { cues, encoding, candidates } = readCues(path, options);
  return {
    encoding,
    candidates,
    cues: cues.length,
    lines: cues.slice(0, lineCount).map((cue) => cue.text.replace(/<[^>]*>/g, '')),
  };
}

function readCues(path: string, options: CaptionReadOptions) {
  const bytes = readRegularFile(path, MAX_CAPTION_BYTES, 'a caption file');
  const decoded = decodeCaptionText(bytes, basename(path), options);
  return { ...decoded, cues: parseCaptions(decoded.text, basename(path)) };
}

/** Decodes caption bytes (see caption-encoding.ts); kept for callers that need only the text. */
export function decodeCaptionBytes(
  bytes: Uint8Array,
  name = 'The caption file',
  options: { lang?: string; encoding?: CaptionEncoding } = {},
): { text: string; encoding: CaptionEncoding } {
  const { text, encoding } = decodeCaptionText(bytes, name, options);
  return { text, encoding };
}

const TIME = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})[.,](\d{1,3})$/;

function parseTime(text: string): number | null {
  const match = TIME.exec(text.trim());
  if (!match) return null;
  const [, h = '0', m = '0', s = '0', fraction = '0'] = match;
  if (Number(m) > 59 || Number(s) > 59) return null;
  return Number(h) * 3600 + Number(m) * 60 + Number(s) + Number(fraction.padEnd(3, '0')) / 1000;
}

interface Problem {
  line: number;
  message: string;
}

/** Parses SRT or WebVTT text into cues; throws CAPTIONS_MALFORMED listing every bad cue. */
export function parseCaptions(text: string, name = 'The caption file'): Cue[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const isVtt = /^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '');
  const cues: Cue[] = [];
  const problems: Problem[] = [];
  let index = isVtt ? skipBlock(lines, 0) : 0;
  while (index < lines.length) {
    if (lines[index]!.trim() === '') {
      index += 1;
      continue;
    }
    const blockStart = index;
    const blockEnd = skipBlock(lines, index);
    const block = lines.slice(blockStart, blockEnd);
    index = blockEnd;
    if (isVtt && /^(NOTE|STYLE|REGION)([ \t]|$)/.test(block[0]!)) continue;
    const timingAt = block.findIndex((line) => line.includes('-->'));
    // SRT: a number, then the timing. WebVTT: an optional identifier, then the timing.
    const problem =
      timingAt < 0
        ? 'no timing line (like 00:00:01,000 --> 00:00:02,000) in this cue'
        : timingAt > 1
          ? 'text before the timing line'
          : !isVtt && timingAt === 1 && !/^\d+$/.test(block[0]!.trim())
            ? 'expected a cue number before the timing line'
            : null;
    if (problem) {
      problems.push({ line: blockStart + 1, message: problem });
      continue;
    }
    const lineNumber = blockStart + timingAt + 1;
    const merged = block.findIndex((line, i) => i > timingAt && line.includes('-->'));
    if (merged > 0) {
      // Point at the cue's number when it has one: that is where the blank line is missing.
      const starts =
        merged - 1 > timingAt && /^\d+$/.test(block[merged - 1]!.trim()) ? merged - 1 : merged;
      problems.push({
        line: blockStart + starts + 1,
        message: 'a cue starts here without a blank line before it',
      });
      continue;
    }
    const [left = '', rest = ''] = block[timingAt]!.split('-->', 2);
    const [endText = '', ...settings] = rest.trim().split(/[ \t]+/);
    const start = parseTime(left);
    const end = parseTime(endText);
    if (start === null || end === null) {
      problems.push({ line: lineNumber, message: `bad time in "${block[timingAt]!.trim()}"` });
      continue;
    }
    if (end <= start) {
      problems.push({ line: lineNumber, message: 'the cue ends before it starts' });
      continue;
    }
    const body = block.slice(timingAt + 1);
    cues.push({
      start,
      end,
      settings: isVtt ? keepSettings(settings) : '',
      text: (isVtt ? body : body.map(srtTextToVtt)).join('\n'),
    });
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_REPORTED_PROBLEMS);
    throw new StudioError(
      'CAPTIONS_MALFORMED',
      `${name} has malformed cues at line${shown.length > 1 ? 's' : ''} ${shown.map((p) => p.line).join(', ')}.`,
      { lines: shown.map((p) => p.line), problems: shown },
    );
  }
  if (cues.length === 0) {
    throw new StudioError('CAPTIONS_MALFORMED', `${name} has no captions in it.`, { lines: [] });
  }
  return cues;
}

/** The index just past a block of non-blank lines. */
function skipBlock(lines: string[], from: number): number {
  let index = from;
  while (index < lines.length && lines[index]!.trim() !== '') index += 1;
  return index;
}

function keepSettings(settings: string[]): string {
  return settings
    .filter((s) => /^(align|line|position|size|vertical|region):[\w.%,-]+$/.test(s))
    .join(' ');
}

/** SRT's HTML-ish markup to WebVTT: b/i/u stay, font tags and {\an8} go, the rest is escaped. */
function srtTextToVtt(line: string): string {
  return line
    .replace(/\{\\[^}]*\}/g, '')
    .replace(/<\/?font[^>]*>/gi, '')
    .replace(/&(?!(amp|lt|gt|nbsp|lrm|rlm|#\d+);)/g, '&amp;')
    .replace(/<(?!\/?[biu]>)/gi, '&lt;')
    .replace(/(?<!<\/?[biu])>/gi, '&gt;');
}

/** Cues as a WebVTT file. */
export function toWebVtt(cues: readonly Cue[]): string {
  const blocks = cues.map((cue) => {
    const timing = `${vttTime(cue.start)} --> ${vttTime(cue.end)}${cue.settings ? ` ${cue.settings}` : ''}`;
    // A blank line would end the cue early.
    const text = cue.text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .join('\n');
    return `${timing}\n${text}`;
  });
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}

/** A stored WebVTT file as SRT, for platforms that take only SRT. */
export function vttToSrt(vtt: string): string {
  const cues = parseCaptions(vtt);
  const srtTime = (seconds: number) => vttTime(seconds).replace('.', ',');
  return cues
    .map((cue, i) => {
      const text = cue.text
        .replace(/<(?!\/?[biu]>)[^>]*>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&nbsp;/g, '\u00a0')
        .replace(/&amp;/g, '&');
      return `${i + 1}\n${srtTime(cue.start)} --> ${srtTime(cue.end)}\n${text}`;
    })
    .join('\n\n')
    .concat('\n');
}

const LANGUAGE_LABELS: Record<string, string> = {
  en: 'English',
  'zh-CN': '中文（简体）',
  'zh-TW': '中文（繁體）',
  zh: '中文',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  ja: '日本語',
  ko: '한국어',
};

/** A caption track's name in its own language, for the player's menu. */
export function captionLabel(lang: string): string {
  return LANGUAGE_LABELS[lang] ?? LANGUAGE_LABELS[lang.split('-')[0]!] ?? lang;
}

/** hh:mm:ss.mmm */
export function vttTime(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}
