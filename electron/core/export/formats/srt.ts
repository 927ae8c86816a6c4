/** WebVTT to SRT, for platforms (Open edX) that take transcripts as SubRip. */
import { parseWebVtt } from '../../../shared/player/webvtt';

function srtTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)},${pad(ms % 1000, 3)}`;
}

/** Converts WebVTT text to SRT; cue settings, voices and classes are dropped, b / i / u kept. */
export function vttToSrt(vtt: string): string {
  return parseWebVtt(vtt)
    .map((cue, index) => {
      const text = cue.text.replace(/<(?!\/?[biu]>)[^>]*>/g, '');
      return `${index + 1}\n${srtTime(cue.start)} --> ${srtTime(cue.end)}\n${text}\n`;
    })
    .join('\n');
}
