/**
 * Text that names things (course, section and lesson titles, asset names, labels) ends up in
 * terminals, file names and other people's screens. Control characters in it are never
 * wanted and can be hostile: ESC and BEL drive a terminal, NUL cuts strings short in C
 * tools, and bidi overrides make a name read differently from what it is.
 */

// C0 controls (but tab and line breaks, which become spaces), DEL, C1 controls, and the
// bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /[\t\n\r\u2028\u2029]/g;

/** A one-line name with every control character removed (tabs and line breaks become spaces). */
export function stripControlCharacters(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(CONTROLS, '');
}

// The same set plus line breaks, for text shown on one terminal line.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * Text for a terminal: every control character shown as a visible \u escape, so a name
 * stored by an older version (or a crafted file) cannot move the cursor, retitle the window
 * or reorder the line.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(
    UNPRINTABLE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

// What JSON.stringify leaves raw inside strings: DEL, C1 controls, bidi controls, U+2028/9.
const RAW_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** JSON for a terminal: the same value, with the controls JSON keeps raw written as \u escapes. */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    RAW_IN_JSON,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
