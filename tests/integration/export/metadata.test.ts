/**
 * Course metadata (description, authors, licence, cover) reaches every package in that
 * format's own place, the site opens on a landing page, and hls.js travels only with video.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseAuthors } from '../../support/export-course';
import { schemas, xmllint } from '../../support/package-checks';
import { htmlText, queryXml } from '../importers/xpath';
import { exportFixture } from './fixture';

const fixture = exportFixture();
const plain = exportFixture({ video: false });
const description = 'A course about <forces> & “motion”.';

describe('course metadata', () => {
  it('SCORM 1.2: inline IMS Metadata with description, authors and licence', async () => {
    const { folder, files } = await fixture.exportZip('scorm12', 'meta12.zip');
    expect(xmllint(join(folder, 'imsmanifest.xml'), schemas.scorm12)).toMatchObject({ code: 0 });
    const xml = queryXml(files.get('imsmanifest.xml')!.toString('utf8'));
    const lom = "/manifest/metadata/*[local-name()='lom']";
    expect(
      xml.value(`string(${lom}/*[local-name()='general']/*[local-name()='description'])`),
    ).toBe(description);
    const vcards = xml.values(`${lom}//*[local-name()='vcard']`);
    expect(vcards.map((card) => /FN:(.*)/.exec(card)?.[1])).toEqual(
      courseAuthors.map((author) => author.replace(/[,;]/g, (c) => `\\${c}`)),
    );
    expect(
      xml.value(`string(${lom}/*[local-name()='rights']/*[local-name()='description'])`),
    ).toContain('CC BY 4.0');
  });

  it('SCORM 2004: a LOM file the manifest points at', async () => {
    const { folder, files } = await fixture.exportZip('scorm2004', 'meta2004.zip');
    expect(xmllint(join(folder, 'imsmanifest.xml'), schemas.scorm2004)).toMatchObject({ code: 0 });
    const manifest = queryXml(files.get('imsmanifest.xml')!.toString('utf8'));
    const location = manifest.value("string(/manifest/metadata/*[local-name()='location'])");
    expect(location).toBe('metadata.xml');
    expect(xmllint(join(folder, location))).toMatchObject({ code: 0 });
    const lom = queryXml(files.get(location)!.toString('utf8'));
    expect(lom.value('string(/lom/general/description/string)')).toBe(description);
    expect(lom.count('/lom/lifeCycle/contribute/entity')).toBe(2);
    expect(lom.value('string(/lom/rights/description/string)')).toContain('CC BY 4.0');
  });

  it.each(['imscc11', 'imscc13'] as const)('%s: LOM in the manifest', async (format) => {
    const { files } = await fixture.exportZip(format, `meta-${format}.zip`);
    const xml = queryXml(files.get('imsmanifest.xml')!.toString('utf8'));
    const lom = "/manifest/metadata/*[local-name()='lom']";
    expect(
      xml.value(`string(${lom}/*[local-name()='general']/*[local-name()='description'])`),
    ).toBe(description);
    expect(xml.count(`${lom}/*[local-name()='lifeCycle']//*[local-name()='entity']`)).toBe(2);
    expect(
      xml.value(`string(${lom}/*[local-name()='rights']/*[local-name()='description'])`),
    ).toContain('CC BY 4.0');
  });

  it('site: the first page is a landing page with cover, description, authors, licence, lessons and a start link', async () => {
    const { files } = await fixture.exportZip('site', 'meta-site.zip');
    const index = files.get('index.html')!.toString('utf8');
    expect(index).toMatch(/<img class="cs-home-cover" src="media\/[\w-]+\/image\.png" alt="">/);
    const text = htmlText(index);
    expect(text).toContain(description);
    for (const author of courseAuthors) expect(text).toContain(author);
    expect(index).toContain('href="https://creativecommons.org/licenses/by/4.0/" rel="license"');
    expect(index).toMatch(
      /<a class="cs-start" href="lesson-[\w-]+\.html" data-lesson="[\w-]+">Start the course<\/a>/,
    );
    expect(index.match(/<li><a href="lesson-/g)).toHaveLength(4);
  });
});

describe('hls.js', () => {
  it('goes only into packages of courses with HLS video', async () => {
    const withVideo = await fixture.exportZip('site', 'hls-video.zip');
    expect(withVideo.files.has('player/hls.js')).toBe(true);
    expect(withVideo.files.get('index.html')!.toString('utf8')).toContain(
      '<script src="player/hls.js" defer></script>',
    );
    // The player itself no longer bundles it.
    expect(withVideo.files.get('player/player.js')!.length).toBeLessThan(
      withVideo.files.get('player/hls.js')!.length,
    );

    const noVideo = await plain.exportZip('scorm2004', 'hls-none.zip');
    expect([...noVideo.files.keys()].filter((path) => path.includes('hls'))).toEqual([]);
    for (const [path, data] of noVideo.files)
      if (path.endsWith('.html')) expect(data.toString('utf8'), path).not.toContain('hls.js');
  });
});
