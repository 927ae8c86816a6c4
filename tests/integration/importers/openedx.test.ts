/**
 * Open edX (and XuetangX, which runs it) loads an OLX course with edx-platform's XML
 * modulestore. These tests read our export with that loader's rules, each named beside its
 * check (openedx/edx-platform xmodule/modulestore/xml.py, xmodule/course_block.py,
 * xmodule/graders.py), and check that the course keeps its grading, pass mark, start date,
 * cover, licence and about page, and that nothing it links to is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { courseAuthors } from '../../support/export-course';
import { exportFixture } from '../export/fixture';
import { htmlText, queryXml } from './xpath';

const fixture = exportFixture();
let root = '';

const read = (path: string) => readFileSync(join(root, path), 'utf8');
const readJson = (path: string) => JSON.parse(read(path)) as Record<string, unknown>;

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [relative(root, path)];
  });
}

describe('Open edX (OLX)', () => {
  beforeAll(async () => {
    const result = await fixture.exportTo('olx', 'openedx.tar.gz');
    const out = join(fixture.dir, 'openedx');
    mkdirSync(out, { recursive: true });
    const tar = spawnSync('tar', ['-xzf', result.path, '-C', out], { encoding: 'utf8' });
    expect(tar.status, tar.stderr).toBe(0);
    root = join(out, 'course');
  });

  function coursePolicy() {
    // xml.py: url_name = course.xml's url_name; policy_dir = policies/<url_name>; the policy
    // is policy.json there, keyed "course/<url_name>"; a missing file is silently {}.
    const urlName = queryXml(read('course.xml')).value('string(/course/@url_name)');
    expect(urlName).not.toBe('');
    const folder = `policies/${urlName}`;
    expect(existsSync(join(root, folder, 'policy.json')), folder).toBe(true);
    const policy = readJson(`${folder}/policy.json`)[`course/${urlName}`] as Record<
      string,
      unknown
    >;
    expect(policy).toBeDefined();
    return { urlName, folder, policy };
  }

  it('keeps its grading policy and pass mark where Open edX reads them', () => {
    // course_block.py: grading_policy.json is read from policies/<url_name>/ (else the
    // default Homework / Lab / Midterm / Final policy, pass at 50 %, applies).
    const { folder } = coursePolicy();
    const grading = readJson(`${folder}/grading_policy.json`) as {
      GRADER: { type: string; min_count: number; weight: number }[];
      GRADE_CUTOFFS: Record<string, number>;
    };
    expect(grading.GRADE_CUTOFFS).toEqual({ Pass: 0.75 });
    // graders.py: a subsection counts toward the assignment type its `format` names; a
    // format matching no GRADER type is graded for nothing.
    const types = new Set(grading.GRADER.map((grader) => grader.type));
    const formats = readdirSync(join(root, 'sequential')).flatMap((name) => {
      const sequential = queryXml(read(`sequential/${name}`));
      return sequential.value('string(/sequential/@graded)') === 'true'
        ? [sequential.value('string(/sequential/@format)')]
        : [];
    });
    expect(formats).toHaveLength(3);
    for (const format of formats) expect(types.has(format), format).toBe(true);
    expect(grading.GRADER.reduce((sum, grader) => sum + grader.weight, 0)).toBe(1);
    expect(grading.GRADER[0]?.min_count).toBe(3);
  });

  it('has a start date in the past, not Open edX default of 2030-01-01', () => {
    // course_block.py: start defaults to DEFAULT_START_DATE (2030-01-01).
    const { policy } = coursePolicy();
    expect(typeof policy.start).toBe('string');
    const start = Date.parse(policy.start as string);
    expect(start).toBeLessThanOrEqual(Date.now());
    expect(start).toBeGreaterThan(Date.parse('2020-01-01T00:00:00Z'));
  });

  it('names its cover as course_image, a file in static/, and states its licence', () => {
    const { policy } = coursePolicy();
    expect(policy.course_image).toMatch(/\.png$/);
    expect(existsSync(join(root, 'static', policy.course_image as string))).toBe(true);
    const license = 'creative-commons: ver=4.0 BY=true NC=false ND=false SA=false';
    expect(policy.license).toBe(license);
    // openedx/core/lib/license/mixin.py: parse_license_from_xml reads the block's attribute.
    const urlName = queryXml(read('course.xml')).value('string(/course/@url_name)');
    expect(queryXml(read(`course/${urlName}.xml`)).value('string(/course/@license)')).toBe(license);
  });

  it('has an about page with the description, authors and licence', () => {
    const overview = htmlText(read('about/overview.html'));
    expect(overview).toContain('A course about <forces> & “motion”.');
    for (const author of courseAuthors) expect(overview).toContain(author);
    expect(overview).toContain('CC BY 4.0');
    expect(htmlText(read('about/short_description.html')).trim()).toBe(
      'A course about <forces> & “motion”.',
    );
  });

  it('has url_names unique across all block types', () => {
    // Open edX keys blocks by (type, url_name) and accepts duplicates across types, but
    // jump_to_id links resolve by url_name alone and the OLX validator reports them.
    const names = ['chapter', 'sequential', 'vertical', 'html', 'problem', 'video'].flatMap(
      (type) =>
        existsSync(join(root, type))
          ? readdirSync(join(root, type))
              .filter((name) => name.endsWith('.xml'))
              .map((name) => name.replace(/\.xml$/, ''))
          : [],
    );
    expect(names.length).toBeGreaterThan(10);
    expect(new Set(names).size).toBe(names.length);
  });

  it('resolves every /static/ reference to a file in static/', () => {
    const references = allFiles(root)
      .filter((path) => /\.(xml|html)$/.test(path))
      .flatMap((path) =>
        [...read(path).matchAll(/\/static\/([^"'&\s<>)\]]+)/g)].map((match) => match[1]!),
      );
    expect(references.length).toBeGreaterThan(2);
    for (const name of references) expect(existsSync(join(root, 'static', name)), name).toBe(true);
  });

  it('writes transcripts as plain text SRT', () => {
    // The video player shows SRT cue text as text: an entity or a tag in it shows verbatim.
    const transcripts = readdirSync(join(root, 'static')).filter((name) => name.endsWith('.srt'));
    expect(transcripts.length).toBe(2);
    for (const name of transcripts) {
      const srt = read(`static/${name}`);
      expect(srt, name).toMatch(/^1\n\d\d:\d\d:\d\d,\d{3} --> /);
      expect(srt, name).not.toMatch(/&(?:amp|lt|gt|quot|#\d+);/);
      // A tag starts with a letter right after `<`; a caption's own "a < b" is text and stays.
      expect(srt, name).not.toMatch(/<(?!\/?[biu]>)\/?[a-z][^>\n]*>/i);
    }
  });

  it('has html components with no forms or scripts (the questions are problems)', () => {
    for (const name of readdirSync(join(root, 'html')).filter((file) => file.endsWith('.html'))) {
      expect(read(`html/${name}`), name).not.toMatch(/<form|<script|<button/i);
    }
  });
});
