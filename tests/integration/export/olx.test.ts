/**
 * Open edX OLX: the tarball has the course/ layout, every XML file parses, every url_name a
 * parent names has its file, CAPA problems have the response types the questions need, and
 * static files (MP4, SRT, images) are all referenced and present.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { trickyTitle } from '../../support/export-course';
import { attributeValues, xmllint, xpathString } from '../../support/package-checks';
import { exportFixture } from './fixture';

const fixture = exportFixture();
let root = '';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(root, path)];
  });
}

describe('OLX export', () => {
  beforeAll(async () => {
    const result = await fixture.exportTo('olx', 'course.tar.gz');
    const out = join(fixture.dir, 'olx');
    spawnSync('mkdir', ['-p', out]);
    const tar = spawnSync('tar', ['-xzf', result.path, '-C', out], { encoding: 'utf8' });
    expect(tar.status, tar.stderr).toBe(0);
    root = join(out, 'course');
  });

  it('has the course/ layout and every XML file parses', () => {
    const all = files(root);
    for (const folder of [
      'course',
      'chapter',
      'sequential',
      'vertical',
      'html',
      'video',
      'problem',
      'static',
      'policies',
    ]) {
      expect(
        all.some((path) => path.startsWith(`${folder}/`)),
        folder,
      ).toBe(true);
    }
    for (const path of all.filter((name) => name.endsWith('.xml'))) {
      expect(xmllint(join(root, path)), path).toMatchObject({ code: 0 });
    }
    for (const path of all.filter((name) => name.endsWith('.json'))) {
      expect(() => JSON.parse(readFileSync(join(root, path), 'utf8'))).not.toThrow();
    }
  });

  it('links course → chapters → sequentials → verticals → components with no dangling url_name', () => {
    const pointer = readFileSync(join(root, 'course.xml'), 'utf8');
    const run = attributeValues(pointer, 'course', 'url_name')[0];
    expect(xpathString(join(root, 'course', `${run}.xml`), '/course/@display_name')).toBe(
      trickyTitle,
    );
    const children = (file: string, tag: string) =>
      attributeValues(readFileSync(join(root, file), 'utf8'), tag, 'url_name');
    const chapters = children(`course/${run}.xml`, 'chapter');
    expect(chapters).toHaveLength(2);
    const components: Record<string, string[]> = { html: [], video: [], problem: [] };
    for (const chapter of chapters) {
      for (const sequential of children(`chapter/${chapter}.xml`, 'sequential')) {
        for (const vertical of children(`sequential/${sequential}.xml`, 'vertical')) {
          for (const kind of Object.keys(components))
            components[kind]!.push(...children(`vertical/${vertical}.xml`, kind));
        }
      }
    }
    for (const [kind, names] of Object.entries(components)) {
      for (const name of names)
        expect(existsSync(join(root, kind, `${name}.xml`)), `${kind}/${name}`).toBe(true);
    }
    for (const name of components.html!) {
      const filename = attributeValues(
        readFileSync(join(root, 'html', `${name}.xml`), 'utf8'),
        'html',
        'filename',
      )[0];
      expect(existsSync(join(root, 'html', `${filename}.html`))).toBe(true);
    }
    expect(components.video).toHaveLength(1);
    expect(components.problem).toHaveLength(5);
  });

  it('writes CAPA problems for every question kind, with weights and solutions', () => {
    const problems = readdirSync(join(root, 'problem')).map((name) =>
      readFileSync(join(root, 'problem', name), 'utf8'),
    );
    const all = problems.join('\n');
    expect(all.match(/<multiplechoiceresponse>/g)).toHaveLength(3); // single, true / false, in-video
    expect(all.match(/<choiceresponse>/g)).toHaveLength(1);
    expect(all).toContain(
      '<stringresponse answer="newton" type="ci"><label>The SI unit of force is the ___.</label><additional_answer answer="N"/><additional_answer answer="牛顿"/>',
    );
    expect(all).toContain('weight="2"');
    expect(all).toContain(
      '<choice correct="true">Gravity 引力<choicehint>Yes: mass attracts mass.</choicehint></choice>',
    );
    expect(all).toContain(
      '<solution><div class="detailed-solution"><p>Named after Isaac Newton.</p></div></solution>',
    );
    expect(all).toContain(
      'Which force keeps planets in orbit? &lt;gravity&gt; &amp; &quot;friends&quot;',
    );
  });

  it('puts the MP4, SRT transcripts and images in static/, all referenced', () => {
    const videoFile = readdirSync(join(root, 'video'))[0]!;
    const video = readFileSync(join(root, 'video', videoFile), 'utf8');
    const [source] = attributeValues(video, 'source', 'src');
    expect(existsSync(join(root, source!.replace(/^\//, '')))).toBe(true);
    const transcripts = attributeValues(video, 'transcript', 'src');
    expect(transcripts).toHaveLength(2);
    for (const name of transcripts) expect(existsSync(join(root, 'static', name))).toBe(true);
    const srt = readFileSync(join(root, 'static', transcripts[0]!), 'utf8');
    expect(srt).toBe(
      '1\n00:00:00,000 --> 00:00:01,500\nQ&A: a < b\n\n2\n00:00:01,500 --> 00:00:03,000\nA test pattern > nothing\n',
    );
    const html = readdirSync(join(root, 'html'))
      .filter((name) => name.endsWith('.html'))
      .map((name) => readFileSync(join(root, 'html', name), 'utf8'))
      .join('');
    for (const [, src] of html.matchAll(/src="\/static\/([^"]+)"/g))
      expect(existsSync(join(root, 'static', src!))).toBe(true);
    const grading = JSON.parse(
      readFileSync(join(root, 'policies', 'run', 'grading_policy.json'), 'utf8'),
    ) as { GRADE_CUTOFFS: { Pass: number } };
    expect(grading.GRADE_CUTOFFS.Pass).toBe(0.75);
  });
});
