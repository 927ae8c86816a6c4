/** What the custom controls show of a `<video>`: time, duration, paused and rate. */
import { useEffect, useState } from 'react';

export interface VideoState {
  time: number;
  duration: number;
  paused: boolean;
  rate: number;
}

const initial: VideoState = { time: 0, duration: 0, paused: true, rate: 1 };
const events = [
  'timeupdate',
  'durationchange',
  'loadedmetadata',
  'play',
  'pause',
  'ratechange',
  'seeked',
  'emptied',
];

export function useVideoState(video: HTMLVideoElement | null): VideoState {
  const [state, setState] = useState(initial);
  useEffect(() => {
    if (!video) return;
    const sync = () =>
      setState({
        time: video.currentTime,
        duration: Number.isFinite(video.duration) ? video.duration : 0,
        paused: video.paused,
        rate: video.playbackRate,
      });
    for (const event of events) video.addEventListener(event, sync);
    return () => {
      for (const event of events) video.removeEventListener(event, sync);
    };
  }, [video]);
  return state;
}
