/** Caption languages: the two the studio speaks, or any BCP 47 tag the author types. */

export const suggestedCaptionLanguages = ['en', 'zh-CN'] as const;

/** The contract's own rule for caption tags (they become file names: `captions/<lang>.vtt`). */
export { isCaptionLanguage } from '../../../electron/shared/caption-language';
