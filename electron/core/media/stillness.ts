/**
 * Is this a slide or screen recording? A cheap look at ten seconds from the middle of the
 * video, reduced to 5 fps at 320 px wide: mpdecimate drops frames that barely differ from the
 * last one kept, so the share it drops is how still the picture is.
 */
import type { MediaProbe } from './probe';
import { inputArgs, runTool } from './run-tool';

const SAMPLE_SECONDS = 10;
const SAMPLE_FPS = 5;
/** Above this share of repeated frames the picture counts as slides. */
export const SLIDES_THRESHOLD = 0.85;

/** 0 (every sampled frame differs) .. 1 (a single still picture). */
export async function measureStillness(
  ffmpeg: string,
  probe: MediaProbe,
  signal?: AbortSignal,
): Promise<number> {
  if (!probe.video) return 0;
  const length = Math.min(SAMPLE_SECONDS, probe.durationSec);
  const start = Math.max(0, probe.durationSec / 2 - length / 2);
  const { code, stdout } = await runTool(
    ffmpeg,
    [
      '-hide_banner',
      '-nostdin',
      '-v',
      'error',
      '-progress',
      'pipe:1',
      '-nostats',
      '-ss',
      start.toFixed(3),
      '-t',
      length.toFixed(3),
      ...inputArgs(probe.path),
      '-map',
      `0:${probe.video.index}`,
      '-vf',
      `fps=${SAMPLE_FPS},scale=320:-2,mpdecimate`,
      '-f',
      'null',
      '-',
    ],
    { signal, timeoutMs: 120_000 },
  );
  if (code !== 0) return 0;
  const frames = [...stdout.matchAll(/^frame=(\d+)/gm)].map((match) => Number(match[1]));
  const kept = frames[frames.length - 1] ?? 0;
  const sampled = Math.max(1, Math.round(length * SAMPLE_FPS));
  return Math.min(1, Math.max(0, 1 - kept / sampled));
}

/** The tuning `auto` resolves to. */
export async function suggestTuning(
  ffmpeg: string,
  probe: MediaProbe,
  signal?: AbortSignal,
): Promise<'video' | 'slides'> {
  return (await measureStillness(ffmpeg, probe, signal)) >= SLIDES_THRESHOLD ? 'slides' : 'video';
}
