/** What the block's controls do to its `<video>` element. */

export function playOrPause(video: HTMLVideoElement): void {
  if (video.paused) void video.play().catch(() => undefined);
  else video.pause();
}

export function seekTo(video: HTMLVideoElement, seconds: number, play = false): void {
  video.currentTime = seconds;
  if (play) void video.play().catch(() => undefined);
}

export function setSpeed(video: HTMLVideoElement, rate: number): void {
  video.playbackRate = rate;
  // A new source (hls.js falling back, say) starts at the default rate.
  video.defaultPlaybackRate = rate;
}

/** Shows the caption track in `lang` and turns the others off ('' turns all off). */
export function showCaptions(video: HTMLVideoElement, lang: string): void {
  for (const track of Array.from(video.textTracks))
    track.mode = track.language === lang ? 'showing' : 'disabled';
}

export function setSource(video: HTMLVideoElement, url: string): void {
  video.src = url;
}

export function clearSource(video: HTMLVideoElement): void {
  video.removeAttribute('src');
  video.load();
}
