/**
 * Canvas imports Common Cartridge 1.3 with its CC importer (instructure/canvas-lms
 * lib/cc/importer/standard/). Web content under wiki_content/ carrying
 * `<meta name="identifier">` becomes a Page (converter.rb, as in Canvas's own cartridges);
 * any other web content becomes a File, and files under web_resources/ land in Files with
 * that folder as the root (webcontent_converter.rb, WEB_RESOURCES_FOLDER). QTI assessments
 * become quizzes (quiz_converter.rb). So: lessons must arrive as Pages, media in Files
 * folders rather than the Files root, and each lesson's questions as its quiz.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exportFixture } from '../export/fixture';
import { queryXml, type XmlQuery } from './xpath';

const fixture = exportFixture();
let files = new Map<string, Buffer>();
let manifest: XmlQuery;

describe('Canvas (Common Cartridge 1.3)', () => {
  beforeAll(async () => {
    ({ files } = await fixture.exportZip('imscc13', 'canvas.imscc'));
    manifest = queryXml(files.get('imsmanifest.xml')!.toString('utf8'));
  });

  it('makes every lesson and the overview a Page: wiki_content/ with its identifier', () => {
    const pages = manifest.values(
      "//resource[@type='webcontent'][starts-with(@href, 'wiki_content/')]/@identifier",
    );
    expect(pages).toHaveLength(5);
    for (const identifier of pages) {
      const href = manifest.value(`string(//resource[@identifier='${identifier}']/@href)`);
      const html = files.get(href)!.toString('utf8');
      expect(html, href).toContain(`<meta name="identifier" content="${identifier}">`);
      // The Page's title is the document's <title>; the body does not repeat it as a heading.
      expect(html, href).toMatch(/<title>[^<]+<\/title>/);
      expect(html, href).not.toContain('<h1');
      // Each Page is in the course's modules, where the learner finds it.
      expect(manifest.count(`//item[@identifierref='${identifier}']`), href).toBe(1);
    }
  });

  it('puts every other file under web_resources/ (or the QTI folder), none in the Files root', () => {
    for (const path of files.keys()) {
      if (path === 'imsmanifest.xml') continue;
      expect(/^(wiki_content|web_resources|assessments)\//.test(path), path).toBe(true);
    }
    expect([...files.keys()].some((path) => path.startsWith('web_resources/media/'))).toBe(true);
    // Only what the pages use: no player (Canvas would list its scripts as Files nobody
    // opens) and no poster, which the pages do not show.
    expect([...files.keys()].filter((path) => path.endsWith('poster.jpg'))).toEqual([]);
    expect([...files.keys()].filter((path) => /player|hls/.test(path))).toEqual([]);
  });

  it('follows each lesson with questions by its quiz, titled for the lesson', () => {
    const quizzes = manifest.values(
      "//resource[@type='imsqti_xmlv1p2/imscc_xmlv1p3/assessment']/@identifier",
    );
    expect(quizzes).toHaveLength(3);
    for (const identifier of quizzes) {
      const lesson = identifier.replace(/^res-quiz-/, 'res-');
      // The quiz item comes right after its lesson's item in the module.
      expect(
        manifest.value(
          `string(//item[@identifierref='${lesson}']/following-sibling::item[1]/@identifierref)`,
        ),
      ).toBe(identifier);
      expect(manifest.value(`string(//item[@identifierref='${identifier}']/title)`)).toMatch(
        /^Quiz: /,
      );
    }
  });

  it('keeps a true / false question one: its two answers read True and False', () => {
    // gems/plugins/qti_exporter/lib/qti/choice_interaction.rb, process_true_false_question:
    // a true / false question stays one only with exactly two answers whose texts match
    // /true/i and /false/i; otherwise it becomes a multiple-choice question.
    const path = [...files.keys()].find((name) =>
      files.get(name)!.toString('utf8').includes('cc.true_false.v0p1'),
    )!;
    const qti = queryXml(files.get(path)!.toString('utf8'));
    const item =
      "//item[itemmetadata/qtimetadata/qtimetadatafield[fieldlabel='cc_profile']/fieldentry='cc.true_false.v0p1']";
    expect(qti.values(`${item}//response_label/material/mattext`)).toEqual(['True', 'False']);
  });
});
