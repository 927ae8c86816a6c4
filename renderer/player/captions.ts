/**
 * Captions from script. `<track>` cannot load from file:// (and some LMS frames), so the
 * player parses the WebVTT text that the export embedded and adds the cues through the
 * TextTrack API instead.
 */
import { parseWebVtt } from '../../electron/shared/player/webvtt';

/** Replaces the video's `<track>` elements by script-made tracks with the given VTT texts. */
export function addScriptCaptions(video: HTMLVideoElement, texts: Record<string, string>): void {
  const tracks = [...video.querySelectorAll('track')];
  const labels = new Map(tracks.map((track) => [track.srclang, track.label]));
  for (const track of tracks) track.remove();
  let first = true;
  for (const [lang, text] of Object.entries(texts)) {
    const track = video.addTextTrack('captions', labels.get(lang) ?? lang, lang);
    for (const cue of parseWebVtt(text)) track.addCue(new VTTCue(cue.start, cue.end, cue.text));
    track.mode = first ? 'showing' : 'hidden';
    first = false;
  }
}
