/** How media facts read in the library, the tray and the video block. */
import { formatClockTime } from '../../../electron/shared/content';
import type { MediaMeta } from '../../../electron/shared/model';

export { formatClockTime };

const units = ['B', 'KB', 'MB', 'GB', 'TB'];

/** 1.4 MB, 820 KB: one decimal below 10 of a unit, none above. */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit]}`;
}

/** 1280×720, or null for audio. */
export function formatResolution(meta: MediaMeta): string | null {
  return meta.width > 0 && meta.height > 0 ? `${meta.width}×${meta.height}` : null;
}

/** 1.8×: how fast ffmpeg works through the media. */
export function formatSpeed(speed: number): string {
  return `${speed >= 10 ? Math.round(speed) : speed.toFixed(1)}×`;
}

export function formatPercent(fraction: number): string {
  return `${Math.floor(Math.min(1, Math.max(0, fraction)) * 100)}%`;
}
