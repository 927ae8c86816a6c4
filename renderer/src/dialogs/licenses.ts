/** Licenses offered for a course, stored by SPDX identifier (what export manifests expect). */
export const ALL_RIGHTS_RESERVED = 'LicenseRef-All-Rights-Reserved';

export const courseLicenses: { id: string; name: string }[] = [
  { id: 'CC-BY-4.0', name: 'CC BY 4.0' },
  { id: 'CC-BY-SA-4.0', name: 'CC BY-SA 4.0' },
  { id: 'CC-BY-NC-4.0', name: 'CC BY-NC 4.0' },
  { id: 'CC-BY-NC-SA-4.0', name: 'CC BY-NC-SA 4.0' },
  { id: 'CC0-1.0', name: 'CC0 1.0' },
];

/** Names may be separated by commas (also the Chinese "，" and "、") or new lines. */
export function parseAuthors(text: string): string[] {
  return text
    .split(/[,，、\n]/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0)
    .slice(0, 50);
}
