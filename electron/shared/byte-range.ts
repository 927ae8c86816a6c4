/**
 * Parses an HTTP `Range` header for one byte range (RFC 9110 §14). Pure, so the media
 * protocol's trickiest part is testable without Electron.
 */

/** A satisfiable range; `end` is exclusive. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Returns the range to send, `null` to send the whole body (no header, or one we may ignore:
 * malformed or multi-range), or `'unsatisfiable'` for a 416.
 */
export function parseByteRange(
  header: string | null | undefined,
  size: number,
): ByteRange | 'unsatisfiable' | null {
  if (!header) return null;
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;

  if (first === '') {
    // Suffix range: the last N bytes.
    const length = Number(last);
    if (length === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - length), end: size };
  }

  const start = Number(first);
  if (start >= size) return 'unsatisfiable';
  const end = last === '' ? size : Math.min(Number(last) + 1, size);
  if (end <= start) return null; // "bytes=9-3" is invalid syntax, which a server may ignore.
  return { start, end };
}

/** The `Content-Range` value for a 206 (inclusive end, as HTTP counts). */
export function contentRange(range: ByteRange, size: number): string {
  return `bytes ${range.start}-${range.end - 1}/${size}`;
}
