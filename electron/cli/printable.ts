/**
 * Text from outside (a reviewer's comment, a name) made safe for a terminal: control
 * characters, which could move the cursor, recolour or retitle the terminal (ANSI escapes),
 * are shown as U+FFFD, and line breaks as spaces so one comment stays on its lines.
 */
export function printable(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    '\uFFFD',
  );
}
