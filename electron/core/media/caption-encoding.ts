/**
 * Which encoding a caption file is in. BOMs and UTF-16's zero bytes are certain; valid UTF-8
 * almost is; for legacy encodings the detector (chardet) scores candidates, the caption's
 * language adds weight to its usual encoding, and a candidate counts only if the bytes decode
 * in it without errors and without replacement characters.
 */
import { analyse } from 'chardet';
import {
  captionEncodings,
  usualCaptionEncoding,
  type CaptionEncoding,
} from '../../shared/caption-encodings';
import { StudioError } from '../../shared/errors';

const fromDetector: Record<string, CaptionEncoding> = {
  'UTF-8': 'utf-8',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  GB18030: 'gb18030',
  Big5: 'big5',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
  'windows-1252': 'windows-1252',
  'ISO-8859-1': 'windows-1252',
  'ISO-8859-15': 'windows-1252',
};

/** Added to the detector's confidence (0-100) for the language's usual encoding. */
const LANGUAGE_WEIGHT = 60;

export interface DecodedCaptions {
  text: string;
  encoding: CaptionEncoding;
  /** Every encoding the bytes decode in cleanly, most likely first. */
  candidates: CaptionEncoding[];
}

/** The text in `encoding`, or null when the bytes are not valid in it. */
export function decodeStrictly(bytes: Uint8Array, encoding: CaptionEncoding): string | null {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    // NUL, C1 controls (Windows-1252's undefined bytes decode to these) and U+FFFD never
    // belong in captions: they mean the wrong encoding, or text already lost.
    // eslint-disable-next-line no-control-regex -- these are exactly what is looked for
    return /[\u0000\u0080-\u009f\uFFFD]/.test(text) ? null : text;
  } catch {
    return null;
  }
}

/**
 * Decodes caption bytes: in `options.encoding` when the author chose one, else in the most
 * likely encoding given `options.lang`. Throws CAPTIONS_ENCODING when nothing fits.
 */
export function decodeCaptionText(
  bytes: Uint8Array,
  name: string,
  options: { lang?: string; encoding?: CaptionEncoding } = {},
): DecodedCaptions {
  if (!options.encoding && isUtf8WithReplacements(bytes)) {
    throw new StudioError(
      'CAPTIONS_ENCODING',
      `${name} contains replacement characters (\uFFFD): an earlier conversion already lost its text.`,
      { name, candidates: [] },
    );
  }
  const ranked = rankEncodings(bytes, options.lang);
  const candidates = ranked.filter((encoding) => decodeStrictly(bytes, encoding) !== null);
  const chosen = options.encoding ?? candidates[0];
  const text = chosen ? decodeStrictly(bytes, chosen) : null;
  if (chosen === undefined || text === null) {
    throw new StudioError(
      'CAPTIONS_ENCODING',
      options.encoding
        ? `${name} is not valid ${options.encoding} text.`
        : `${name} is not in a text encoding Course Studio reads (UTF-8, UTF-16, GB18030, Big5, Shift_JIS, EUC-KR or Windows-1252).`,
      { name, ...(options.encoding ? { encoding: options.encoding } : {}), candidates },
    );
  }
  return { text, encoding: chosen, candidates };
}

/** Valid UTF-8 that holds U+FFFD: text some tool already failed to decode. */
function isUtf8WithReplacements(bytes: Uint8Array): boolean {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).includes('\uFFFD');
  } catch {
    return false;
  }
}

/** Encodings to try, most likely first. */
function rankEncodings(bytes: Uint8Array, lang: string | undefined): CaptionEncoding[] {
  const certain = byteOrderMark(bytes) ?? utf16WithoutBom(bytes);
  if (certain) return [certain];
  // Valid UTF-8 with non-ASCII in it is practically never anything else.
  if (decodeStrictly(bytes, 'utf-8') !== null) return ['utf-8'];
  const scores = new Map<CaptionEncoding, number>();
  for (const match of analyse(bytes)) {
    const encoding = fromDetector[match.name];
    if (encoding) scores.set(encoding, Math.max(scores.get(encoding) ?? 0, match.confidence));
  }
  // Without a language, GB18030 keeps the lead it always had here (Chinese subtitles first).
  const usual = lang ? usualCaptionEncoding(lang) : 'gb18030';
  if (usual) scores.set(usual, (scores.get(usual) ?? 0) + LANGUAGE_WEIGHT);
  // Every legacy encoding stays a candidate the author can pick, after the detector's.
  return [...captionEncodings]
    .filter((encoding) => !encoding.startsWith('utf-'))
    .sort((a, b) => (scores.get(b) ?? -1) - (scores.get(a) ?? -1));
}

function byteOrderMark(bytes: Uint8Array): CaptionEncoding | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  return null;
}

/** ASCII-heavy UTF-16 has a zero in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): CaptionEncoding | null {
  const sample = Math.min(bytes.length, 1024) & ~1;
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}
