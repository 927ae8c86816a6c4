/**
 * Attaches a media source to a `<video>`: the HLS ladder through hls.js where Media Source
 * Extensions exist, natively where the browser plays HLS itself (Safari), else the progressive
 * file. A fatal hls.js error falls back to the progressive file rather than leave a dead frame.
 */
import Hls from 'hls.js/light';
import { useEffect } from 'react';
import { clearSource, setSource } from './videoCommands';

export interface MediaSources {
  hls: string | null;
  /** The progressive MP4 (or M4A for audio). */
  file: string | null;
}

export function useHlsSource(video: HTMLVideoElement | null, { hls, file }: MediaSources): void {
  useEffect(() => {
    if (!video) return;
    if (hls && Hls.isSupported()) {
      // Demuxing runs in hls.js's blob: worker (allowed by worker-src), off the editor's thread.
      const player = new Hls({ capLevelToPlayerSize: true });
      player.on(Hls.Events.ERROR, (_event, data) => {
        if (!data.fatal) return;
        player.destroy();
        if (file) setSource(video, file);
      });
      player.loadSource(new URL(hls, location.href).href);
      player.attachMedia(video);
      return () => player.destroy();
    }
    const url = hls && video.canPlayType('application/vnd.apple.mpegurl') ? hls : file;
    if (!url) return;
    setSource(video, url);
    return () => clearSource(video);
  }, [video, hls, file]);
}
