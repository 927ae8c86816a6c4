import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/shared/contract';
import type { MediaAssetDetail } from '../../../electron/shared/model';
import { Studio } from '../../../electron/core/studio';
import { chaptersFromSceneTimes } from '../../../electron/core/media/scene-chapters';

const dir = mkdtempSync(join(tmpdir(), 'cs-chapters-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A slide deck recording: three plain slides of 12 s each, with a voice-like tone. */
function makeSlideDeck(): string {
  const file = join(dir, 'deck.mp4');
  const slide = (colour: string) => `color=c=${colour}:s=640x360:r=10:d=12`;
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    slide('navy'),
    '-f',
    'lavfi',
    '-i',
    slide('white'),
    '-f',
    'lavfi',
    '-i',
    slide('darkred'),
    '-f',
    'lavfi',
    '-i',
    'sine=f=220:d=36',
    '-filter_complex',
    '[0:v][1:v][2:v]concat=n=3:v=1:a=0[v]',
    '-map',
    '[v]',
    '-map',
    '3:a',
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    file,
  ]);
  return file;
}

describe('chapter suggestions for slide recordings', () => {
  it('keep the opening slide and each change that lasts, titled in the course language', () => {
    expect(chaptersFromSceneTimes([12.1, 13, 24, 30], 'en')).toEqual([
      { time: 0, title: 'Slide 1' },
      { time: 12.1, title: 'Slide 2' },
      { time: 24, title: 'Slide 3' },
    ]);
    expect(chaptersFromSceneTimes([], 'zh-CN')).toEqual([{ time: 0, title: '第 1 页' }]);
  });

  it('are found in an imported slide deck at its slide changes', async () => {
    process.env.COURSE_STUDIO_TEMP = join(dir, 'tmp');
    const studio = new Studio({ host: 'web', homeDir: join(dir, 'home') });
    const call = (method: string, args: unknown) =>
      dispatch(studio.handlers, method, args, { origin: 't' });
    try {
      await call('project.create', { path: join(dir, 'c.course'), title: 'Deck', language: 'en' });
      const { jobId, assetId } = (await call('media.import', {
        path: makeSlideDeck(),
        quality: 'fast',
      })) as {
        jobId: string;
        assetId: string;
      };
      expect(await studio.jobs().settled(jobId)).toMatchObject({ state: 'done' });
      const asset = (await call('media.get', { assetId })) as MediaAssetDetail;
      expect(asset.meta?.tuning).toBe('slides');
      const times = asset.meta?.chapterSuggestions?.map((c) => c.time) ?? [];
      expect(times).toHaveLength(3);
      expect(times[0]).toBe(0);
      expect(Math.abs(times[1]! - 12)).toBeLessThanOrEqual(2);
      expect(Math.abs(times[2]! - 24)).toBeLessThanOrEqual(2);
      expect(asset.meta?.chapters).toEqual([]);
    } finally {
      studio.close();
    }
  });
});
