/**
 * The numbers behind the ladder: which rungs exist, how many bits each may use, and what the
 * quality presets and the slides tuning change. Kept apart from the argument builder so the
 * trade-offs are in one readable table.
 */
import type { MediaQuality } from '../../shared/model';

/** Rungs by the picture's short side. Only those at or below the source are made. */
export const LADDER_RUNGS = [360, 540, 720, 1080] as const;

/** The progressive MP4 is 720p, or the source when that is smaller. */
export const MP4_RUNG = 720;

/** Keyframes every 2 s in every rung, so players can switch rungs at any segment. */
export const GOP_SECONDS = 2;
export const SEGMENT_SECONDS = 6;

/** Peak video bit rate per rung for camera footage, kbit/s (the CRF decides below it). */
const MAXRATE_KBPS: Record<number, number> = { 360: 900, 540: 1600, 720: 3000, 1080: 5500 };

export interface QualityPreset {
  /** x264 speed preset. */
  x264Preset: string;
  crf: number;
  /** Multiplies the peak bit rates. */
  rateFactor: number;
  audioKbps: number;
}

export const QUALITY_PRESETS: Record<MediaQuality, QualityPreset> = {
  fast: { x264Preset: 'veryfast', crf: 23, rateFactor: 1, audioKbps: 128 },
  balanced: { x264Preset: 'fast', crf: 22, rateFactor: 1, audioKbps: 128 },
  small: { x264Preset: 'slow', crf: 26, rateFactor: 0.7, audioKbps: 96 },
};

/** Slides and screen recordings: a still picture needs few frames and few bits. */
export const SLIDES = { maxFps: 15, rateFactor: 0.5, x264Tune: 'stillimage' } as const;

/** Camera footage above this is reduced; lecture video gains nothing from 120 fps. */
export const MAX_FPS = 60;

/** The frame rates players and encoders expect, in increasing order. */
const STANDARD_RATES = [15, 24000 / 1001, 24, 25, 30000 / 1001, 30, 50, 60000 / 1001, 60];

export function maxrateKbps(rung: number, factor: number): number {
  const base = MAXRATE_KBPS[rung] ?? Math.max(200, Math.round(900 * (rung / 360) ** 2));
  return Math.round(base * factor);
}

/**
 * A constant output rate for a source that may be variable (phones, screen recorders), as an
 * ffmpeg rational so 29.97 stays exact.
 */
export function outputFrameRate(sourceFps: number, slides: boolean): { fps: number; text: string } {
  const limit = slides ? SLIDES.maxFps : MAX_FPS;
  const wanted = Math.min(Math.max(sourceFps, 1), limit);
  // The next standard rate up: a variable-rate phone clip averaging 27.3 fps becomes
  // 29.97, duplicating a frame now and then rather than dropping real ones.
  const allowed = STANDARD_RATES.filter((rate) => rate <= limit + 0.001);
  const nearest = allowed.find((rate) => rate >= wanted - 0.01) ?? allowed[allowed.length - 1]!;
  const ntsc = Math.abs(nearest * 1.001 - Math.round(nearest * 1.001)) < 1e-6 && nearest % 1 !== 0;
  const text = ntsc ? `${Math.round(nearest * 1.001) * 1000}/1001` : String(nearest);
  return { fps: nearest, text };
}
