/** Link rules for the editor, shared with the exporters so both accept exactly the same URLs. */
import { isSafeLinkUrl } from '../../../../../electron/shared/content/links';

export function isAllowedLinkUrl(url: string): boolean {
  return isSafeLinkUrl(url);
}

/** Adds "https://" to a bare "example.com" and "mailto:" to a bare e-mail address. */
export function normalizeLinkUrl(input: string): string {
  const url = input.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(url)) return `mailto:${url}`;
  if (/^[^\s/]+\.[^\s/]+/.test(url)) return `https://${url}`;
  return url;
}
