/**
 * Scrub previews: the asset's `thumbs/thumbs.vtt` maps time ranges to tiles of one sprite image
 * (`sprite.jpg#xywh=x,y,w,h`), the way most web players do it.
 */
import { useEffect, useState } from 'react';
import { parseWebVtt } from '../../../../../electron/shared/player/webvtt';
import { mediaFileNames } from '../../../../../electron/shared/media-files';
import { assetFileUrl } from '../../../api';

export interface Thumbnail {
  start: number;
  end: number;
  url: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Parses a thumbnails map; sprite names resolve next to the map, inside the asset. */
export function parseThumbnails(vtt: string, assetId: string): Thumbnail[] {
  const dir = mediaFileNames.thumbnails.replace(/[^/]*$/, '');
  const thumbnails: Thumbnail[] = [];
  for (const cue of parseWebVtt(vtt)) {
    const match = /^([A-Za-z0-9_.-]+)#xywh=(\d+),(\d+),(\d+),(\d+)$/.exec(cue.text.trim());
    if (!match?.[1]) continue;
    const [x, y, width, height] = match.slice(2).map(Number) as [number, number, number, number];
    thumbnails.push({
      start: cue.start,
      end: cue.end,
      url: assetFileUrl(assetId, `${dir}${match[1]}`),
      x,
      y,
      width,
      height,
    });
  }
  return thumbnails;
}

export function thumbnailAt(thumbnails: Thumbnail[], time: number): Thumbnail | null {
  return (
    thumbnails.find((thumb) => time >= thumb.start && time < thumb.end) ?? thumbnails.at(-1) ?? null
  );
}

/** The asset's scrub thumbnails, or none while loading or when it has none. */
export function useThumbnails(assetId: string, available: boolean): Thumbnail[] {
  const [loaded, setLoaded] = useState<{ assetId: string; thumbnails: Thumbnail[] } | null>(null);
  useEffect(() => {
    if (!available) return;
    let cancelled = false;
    fetch(assetFileUrl(assetId, mediaFileNames.thumbnails))
      .then((response) => (response.ok ? response.text() : ''))
      .then(
        (text) => !cancelled && setLoaded({ assetId, thumbnails: parseThumbnails(text, assetId) }),
        () => undefined,
      );
    return () => {
      cancelled = true;
    };
  }, [assetId, available]);
  return available && loaded?.assetId === assetId ? loaded.thumbnails : [];
}
