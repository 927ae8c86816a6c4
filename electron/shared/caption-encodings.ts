/**
 * The text encodings caption files are read in, and which one a caption language usually
 * means. Legacy subtitle files carry no label: Big5 bytes decode "successfully" as GB18030
 * into nonsense, so the language the author names tips the detector's choice, and the author
 * sees the decoded first lines (and can pick another encoding) before anything is stored.
 */

export const captionEncodings = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'gb18030',
  'big5',
  'shift_jis',
  'euc-jp',
  'euc-kr',
  'windows-1252',
] as const;

export type CaptionEncoding = (typeof captionEncodings)[number];

export function isCaptionEncoding(name: string): name is CaptionEncoding {
  return (captionEncodings as readonly string[]).includes(name);
}

/** What `captions.preview` shows before a caption file is added. */
export interface CaptionPreview {
  /** The encoding the file was decoded with (detected, or the one asked for). */
  encoding: CaptionEncoding;
  /** Every encoding the bytes decode in without errors, most likely first. */
  candidates: CaptionEncoding[];
  cues: number;
  /** The first cues' text, as it would be stored. */
  lines: string[];
}

const LATIN_LANGUAGES = new Set(
  'en fr de es it pt nl sv da no nb nn fi is ca gl eu ga id ms sw af sq et tl la'.split(' '),
);

/**
 * The legacy encoding subtitles in `lang` most often use: zh-TW / zh-HK (traditional) Big5,
 * other Chinese GB18030, Japanese Shift_JIS, Korean EUC-KR, Latin-script languages
 * windows-1252; null when there is no usual one.
 */
export function usualCaptionEncoding(lang: string): CaptionEncoding | null {
  const [language = '', ...rest] = lang.toLowerCase().split('-');
  if (language === 'zh')
    return rest.some((part) => ['tw', 'hk', 'mo', 'hant'].includes(part)) ? 'big5' : 'gb18030';
  if (language === 'ja') return 'shift_jis';
  if (language === 'ko') return 'euc-kr';
  return LATIN_LANGUAGES.has(language) ? 'windows-1252' : null;
}
