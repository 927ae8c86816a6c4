/**
 * The one rule for a caption track's language tag, used by the contract's schema, the core's
 * import and the studio's caption dialog: BCP 47-shaped (`en`, `zh-CN`, `pt-BR`), because the
 * tag becomes part of a file name (`captions/<lang>.vtt`) and must never carry a path.
 */
export const CAPTION_LANGUAGE_PATTERN = /^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/;

export function isCaptionLanguage(tag: string): boolean {
  return CAPTION_LANGUAGE_PATTERN.test(tag);
}
