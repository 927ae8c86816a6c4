/**
 * A small WebVTT cue reader: enough to add captions from script where `<track>` cannot load
 * (pages opened from file://) and to write SRT for platforms that want it. Styling, regions
 * and cue settings are ignored; cue text keeps its lines.
 */

export interface Cue {
  start: number;
  end: number;
  text: string;
}

const timing =
  /^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s+-->\s+((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})/;

/** Seconds from `hh:mm:ss.mmm` or `mm:ss.mmm` (a comma is accepted, as SRT writes it). */
export function parseTimestamp(value: string): number {
  const parts = value.replace(',', '.').split(':').map(Number);
  let seconds = 0;
  for (const part of parts) seconds = seconds * 60 + part;
  return Number.isFinite(seconds) ? seconds : 0;
}

/** The cues of a WebVTT (or SRT) text, in file order. */
export function parseWebVtt(text: string): Cue[] {
  const blocks = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/);
  const cues: Cue[] = [];
  for (const block of blocks) {
    const lines = block.split('\n');
    const timingIndex = lines.findIndex((line) => timing.test(line));
    // NOTE and STYLE blocks carry no timing line; a timing line after 2 lines is not a cue.
    if (timingIndex < 0 || timingIndex > 1) continue;
    const match = timing.exec(lines[timingIndex] ?? '');
    if (!match?.[1] || !match[2]) continue;
    const start = parseTimestamp(match[1]);
    const end = parseTimestamp(match[2]);
    const cueText = lines
      .slice(timingIndex + 1)
      .join('\n')
      .trim();
    if (end > start && cueText !== '') cues.push({ start, end, text: cueText });
  }
  return cues;
}
