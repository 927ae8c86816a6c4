/** Caption languages: the two the studio speaks, or any BCP 47 tag the author types. */

export const suggestedCaptionLanguages = ['en', 'zh-CN'] as const;

/** The contract's rule for caption tags (they become file names: `captions/<lang>.vtt`). */
export function isCaptionLanguage(tag: string): boolean {
  return /^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/.test(tag);
}
