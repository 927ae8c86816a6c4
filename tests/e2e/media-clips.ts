/**
 * Media made by the e2e tests themselves: short lavfi clips (test pattern + tone) and an SRT
 * file, so no binary fixture is checked in; dropping such a file on the page; and the few
 * browser types page callbacks touch.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Locator } from '@playwright/test';

export interface ClipOptions {
  width: number;
  height: number;
  seconds: number;
}

/** An H.264 / AAC MP4 of a moving test pattern with a tone. */
export function makeClip(
  dir: string,
  name: string,
  { width, height, seconds }: ClipOptions,
): string {
  const file = join(dir, name);
  const result = spawnSync(
    'ffmpeg',
    [
      ...['-hide_banner', '-loglevel', 'error', '-y'],
      ...['-f', 'lavfi', '-i', `testsrc2=size=${width}x${height}:rate=25`],
      ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000'],
      ...['-t', String(seconds), '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p'],
      ...['-c:a', 'aac', '-shortest', file],
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`ffmpeg could not make ${name}: ${result.stderr}`);
  return file;
}

/** Captions covering the first seconds of a clip, one cue per second. */
export function writeSrt(dir: string, name: string, cues: string[]): string {
  const file = join(dir, name);
  const time = (seconds: number) => `00:00:0${seconds},000`;
  writeFileSync(
    file,
    cues
      .map((text, index) => `${index + 1}\n${time(index)} --> ${time(index + 1)}\n${text}\n`)
      .join('\n'),
  );
  return file;
}

export function hasFfmpeg(): boolean {
  return spawnSync('ffmpeg', ['-version']).status === 0;
}

/** What page callbacks read of a `<video>`. */
export interface PageVideo {
  currentTime: number;
  paused: boolean;
  playbackRate: number;
  videoWidth: number;
  videoHeight: number;
  currentSrc: string;
  textTracks: { length: number; [index: number]: PageTextTrack | undefined };
  play(): Promise<void>;
  pause(): void;
}

export interface PageTextTrack {
  language: string;
  mode: string;
  activeCues: { length: number; [index: number]: { text: string } | undefined } | null;
}

/**
 * Drops a file from disk on an element the way a file manager would: a real DataTransfer with
 * a File in it, dragenter / dragover / drop at the element's centre.
 */
export async function dropFile(target: Locator, path: string, mime: string): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('The drop target is not visible');
  const point = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 60) };
  await target.evaluate(
    (element, { base64, name, type, point }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], name, { type }));
      for (const kind of ['dragenter', 'dragover', 'drop']) {
        element.dispatchEvent(
          new DragEvent(kind, {
            dataTransfer: data,
            bubbles: true,
            cancelable: true,
            clientX: point.x,
            clientY: point.y,
          }),
        );
      }
    },
    { base64: readFileSync(path).toString('base64'), name: basename(path), type: mime, point },
  );
}
