/** Which link targets a lesson may point at. */

// Browsers strip control characters and whitespace while parsing a URL, so "java\tscript:"
// still runs script; invisible and direction-changing characters make a URL look like another.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlOrSpace = /[\u0000-\u0020\u007f-\u00a0]/;
const invisible =
  /[\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u206a-\u206f\u3000\ufeff]/;

const allowedUrl = /^(?:https?:\/\/[^/]|mailto:.)/i;

/** Whether a link URL is absolute http(s) or mailto, the only targets a lesson may link to. */
export function isSafeLinkUrl(url: string): boolean {
  if (typeof url !== 'string') return false;
  const trimmed = url.trim();
  return !controlOrSpace.test(trimmed) && !invisible.test(trimmed) && allowedUrl.test(trimmed);
}
