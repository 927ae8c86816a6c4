/**
 * Every manifest and QTI file validates against the official XSDs (xmllint, no network);
 * every file a manifest names exists, every identifierref resolves, every file a page or
 * playlist refers to is in the package, and tricky titles survive escaping.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trickyTitle } from '../../support/export-course';
import {
  manifestProblems,
  missingReferences,
  schemas,
  xmllint,
  xpathString,
} from '../../support/package-checks';
import { exportFixture } from './fixture';

const fixture = exportFixture();

describe.each([
  { format: 'scorm12', schema: schemas.scorm12, perLesson: false },
  { format: 'scorm12', schema: schemas.scorm12, perLesson: true },
  { format: 'scorm2004', schema: schemas.scorm2004, perLesson: false },
  { format: 'scorm2004', schema: schemas.scorm2004, perLesson: true },
] as const)('$format package (SCO per lesson: $perLesson)', ({ format, schema, perLesson }) => {
  it('has a valid manifest that lists every file and nothing missing', async () => {
    const { folder, files } = await fixture.exportZip(format, `${format}-${perLesson}.zip`, {
      scoPerLesson: perLesson,
    });
    const manifest = join(folder, 'imsmanifest.xml');
    expect(xmllint(manifest, schema)).toMatchObject({ code: 0 });
    expect(manifestProblems(manifest, new Set(files.keys()))).toEqual([]);
    expect(missingReferences(files)).toEqual([]);
    // Nothing in the package goes unlisted.
    const listed = (
      files
        .get('imsmanifest.xml')
        ?.toString('utf8')
        .match(/<file href="/g) ?? []
    ).length;
    expect(listed).toBe(files.size - 1);
    expect(xpathString(manifest, "//*[local-name()='organization']/*[local-name()='title']")).toBe(
      trickyTitle,
    );
    if (perLesson) {
      const scos =
        files
          .get('imsmanifest.xml')
          ?.toString('utf8')
          .match(/scorm[tT]ype="sco"/g) ?? [];
      expect(scos).toHaveLength(4);
    }
  });
});

describe.each([
  {
    format: 'imscc11',
    manifestSchema: schemas.imscc11,
    qtiSchema: schemas.qti11,
    qtiType: 'imsqti_xmlv1p2/imscc_xmlv1p1/assessment',
  },
  {
    format: 'imscc13',
    manifestSchema: schemas.imscc13,
    qtiSchema: schemas.qti13,
    qtiType: 'imsqti_xmlv1p2/imscc_xmlv1p3/assessment',
  },
] as const)('$format cartridge', ({ format, manifestSchema, qtiSchema, qtiType }) => {
  it('has a valid manifest and valid QTI assessments for the lessons with questions', async () => {
    const { folder, files } = await fixture.exportZip(format, `${format}.imscc`);
    const manifest = join(folder, 'imsmanifest.xml');
    expect(xmllint(manifest, manifestSchema)).toMatchObject({ code: 0 });
    expect(manifestProblems(manifest, new Set(files.keys()))).toEqual([]);
    expect(missingReferences(files)).toEqual([]);
    const assessments = [...files.keys()].filter((path) => path.endsWith('assessment.xml'));
    expect(assessments).toHaveLength(3);
    for (const path of assessments)
      expect(xmllint(join(folder, path), qtiSchema), path).toMatchObject({ code: 0 });
    const xml = files.get('imsmanifest.xml')!.toString('utf8');
    expect(xml.match(new RegExp(`type="${qtiType}"`, 'g'))).toHaveLength(3);
    expect(xpathString(manifest, "//*[local-name()='lom']//*[local-name()='string']")).toBe(
      trickyTitle,
    );
    // Every question kind appears with its CC profile, and the prompt text survives.
    const qti = assessments.map((path) => files.get(path)!.toString('utf8')).join('');
    for (const profile of [
      'cc.multiple_choice.v0p1',
      'cc.multiple_response.v0p1',
      'cc.true_false.v0p1',
      'cc.fib.v0p1',
    ]) {
      expect(qti).toContain(profile);
    }
    expect(qti).toContain(
      'Which force keeps planets in orbit? &lt;gravity&gt; &amp; &quot;friends&quot;',
    );
  });
});

describe('cmi5 package', () => {
  it.each([false, true])(
    'has a well-formed cmi5.xml naming launch pages that exist (AU per lesson: %s)',
    async (perLesson) => {
      const { folder, files } = await fixture.exportZip('cmi5', `cmi5-${perLesson}.zip`, {
        scoPerLesson: perLesson,
      });
      const structure = join(folder, 'cmi5.xml');
      expect(xmllint(structure)).toMatchObject({ code: 0 });
      const xml = files.get('cmi5.xml')!.toString('utf8');
      const urls = [...xml.matchAll(/<url>([^<]+)<\/url>/g)].map((match) => match[1]);
      expect(urls).toHaveLength(perLesson ? 4 : 1);
      for (const url of urls) expect(files.has(url!)).toBe(true);
      expect(xpathString(structure, "//*[local-name()='course']/*[local-name()='title']/*")).toBe(
        trickyTitle,
      );
      expect(missingReferences(files)).toEqual([]);
    },
  );
});

describe('site', () => {
  it('is a folder with the player, one page per lesson, and only referenced media', async () => {
    const result = await fixture.exportTo('site', 'site');
    // 18 before hls.js became its own file (player/hls.js, this course has HLS video).
    expect(result.files).toBe(19);
    const zipped = await fixture.exportZip('site', 'site.zip');
    expect([...zipped.files.keys()].filter((path) => path.endsWith('.html'))).toHaveLength(5);
    expect(missingReferences(zipped.files)).toEqual([]);
    const data = zipped.files.get('player/course-data.js')!.toString('utf8');
    // Captions ride along for file://, and no string can close a script element.
    expect(data).toContain('你好，测试图案');
    expect(data).not.toMatch(/<\/script/i);
  });
});
