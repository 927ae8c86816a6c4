/**
 * A caption typed in an SRT file reaches Open edX as the teacher wrote it: imported with a
 * lavfi clip through `media.import` (the real probe, transcode and caption conversion, which
 * stores `&` and `<` as WebVTT entities), then exported as OLX, whose `.srt` transcript must
 * hold `Q&A: a < b` again, not `Q&amp;A: a &lt; b`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeClip } from '../../support/media';
import { makeStudio } from '../../support/studio';

describe('OLX transcripts from imported SRT captions', () => {
  it('carries &, < and > unescaped into the .srt', async () => {
    const { studio, call, dir } = makeStudio();
    const clip = makeClip(dir, 'lecture.mp4', { width: 160, height: 90, seconds: 2 });
    const srt = join(dir, 'lecture.en.srt');
    writeFileSync(
      srt,
      '1\n00:00:00,000 --> 00:00:01,000\nQ&A: a < b\n\n2\n00:00:01,000 --> 00:00:02,000\nb > a & <i>so</i>\n',
    );
    await call('project.create', {
      path: join(dir, 'c.course'),
      title: 'Captions',
      language: 'en',
    });
    const { jobId, assetId } = await call('media.import', {
      path: clip,
      quality: 'fast',
      captions: [{ path: srt, lang: 'en' }],
    });
    expect(await studio.jobs().settled(jobId)).toMatchObject({ state: 'done', error: null });
    // The stored WebVTT escapes the markup characters, as WebVTT requires.
    const stored = studio.files.readAsset(assetId, 'captions/en.vtt')!;
    expect(stored.read(0, stored.size).toString('utf8')).toContain('Q&amp;A: a &lt; b');

    const section = await call('outline.addSection', { title: 'One' });
    const lesson = await call('outline.addLesson', { sectionId: section.id, title: 'Video' });
    await call('lesson.save', {
      id: lesson.id,
      baseRevision: 0,
      doc: {
        root: { type: 'root', version: 1, children: [{ type: 'video', version: 1, assetId }] },
      },
    });
    const { jobId: exportJob } = await call('export.run', {
      format: 'olx',
      outPath: join(dir, 'c.tar.gz'),
    });
    const result = await call('export.result', { jobId: exportJob });
    const out = join(dir, 'olx');
    mkdirSync(out);
    const tar = spawnSync('tar', ['-xzf', result.path, '-C', out], { encoding: 'utf8' });
    expect(tar.status, tar.stderr).toBe(0);
    const transcripts = readdirSync(join(out, 'course', 'static')).filter((n) =>
      n.endsWith('.srt'),
    );
    expect(transcripts).toEqual([`${assetId}-en.srt`]);
    expect(readFileSync(join(out, 'course', 'static', transcripts[0]!), 'utf8')).toBe(
      '1\n00:00:00,000 --> 00:00:01,000\nQ&A: a < b\n\n2\n00:00:01,000 --> 00:00:02,000\nb > a & <i>so</i>\n',
    );
  }, 120_000);
});
