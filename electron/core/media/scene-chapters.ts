/**
 * Chapter suggestions for slide and screen recordings: each new slide is a scene change.
 * Only keyframes of our own progressive MP4 are decoded (one every 2 s, as the ladder forces
 * them), so this costs a fraction of a second per minute of video.
 */
import type { Chapter, CourseLanguage } from '../../shared/model';
import { inputArgs, runTool } from './run-tool';

/** How different a keyframe must be from the previous one to count as a new slide. */
const SCENE_THRESHOLD = 0.25;
/** Slides shown for less than this are passed over (builds, animations). */
const MIN_GAP_SECONDS = 10;
const MAX_SUGGESTIONS = 100;

/** Times where the picture changes completely, as untitled chapter suggestions. */
export async function suggestSceneChapters(
  ffmpeg: string,
  mp4Path: string,
  language: CourseLanguage,
  signal?: AbortSignal,
): Promise<Chapter[]> {
  const { code, stderr } = await runTool(
    ffmpeg,
    [
      '-hide_banner',
      '-nostdin',
      '-skip_frame',
      'nokey',
      ...inputArgs(mp4Path),
      '-an',
      '-vf',
      `scale=320:-2,select='gt(scene,${SCENE_THRESHOLD})',showinfo`,
      '-f',
      'null',
      '-',
    ],
    { signal, timeoutMs: 300_000 },
  );
  if (code !== 0) return [];
  const times = [...stderr.matchAll(/\bpts_time:([\d.]+)/g)].map((match) => Number(match[1]));
  return chaptersFromSceneTimes(times, language);
}

/** Turns scene-change times into chapters: the opening slide, then each lasting change. */
export function chaptersFromSceneTimes(
  times: readonly number[],
  language: CourseLanguage,
): Chapter[] {
  const starts = [0];
  for (const time of [...times].sort((a, b) => a - b)) {
    if (time - starts[starts.length - 1]! >= MIN_GAP_SECONDS) starts.push(time);
  }
  return starts.slice(0, MAX_SUGGESTIONS).map((time, index) => ({
    time: Math.round(time * 10) / 10,
    title: language === 'zh-CN' ? `第 ${index + 1} 页` : `Slide ${index + 1}`,
  }));
}
