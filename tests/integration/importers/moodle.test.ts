/**
 * Moodle imports Common Cartridge 1.1 with its own converter (moodle/moodle backup/cc/). Each
 * test below runs that converter's queries against our cartridge and checks that Moodle would
 * build what the author wrote: every question kind scores as authored, keeps its weight and
 * its per-choice feedback, pages keep working once Moodle has dropped their scripts, and the
 * course's sections start where Moodle starts them.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { courseAuthors, quizzes } from '../../support/export-course';
import { exportFixture } from '../export/fixture';
import { htmlText, queryXml, type XmlQuery } from './xpath';

const fixture = exportFixture();
let files = new Map<string, Buffer>();
let folder = '';
let manifest: XmlQuery;
let assessments: { path: string; qti: XmlQuery }[] = [];

/** The assessment and item ident of the one question with `prompt`. */
function question(prompt: string): { qti: XmlQuery; item: string } {
  for (const { qti } of assessments) {
    const idents = qti.values(`//item[presentation/material/mattext]/@ident`);
    for (const ident of idents) {
      const text = htmlText(
        qti.value(`string(//item[@ident='${ident}']/presentation/material/mattext)`),
      );
      if (text === prompt) return { qti, item: `//item[@ident='${ident}']` };
    }
  }
  throw new Error(`no question ${prompt}`);
}

describe('Moodle (Common Cartridge 1.1)', () => {
  beforeAll(async () => {
    ({ files, folder } = await fixture.exportZip('imscc11', 'moodle.imscc'));
    manifest = queryXml(files.get('imsmanifest.xml')!.toString('utf8'));
    assessments = [...files.keys()]
      .filter((path) => path.endsWith('assessment.xml'))
      .map((path) => ({ path, qti: queryXml(files.get(path)!.toString('utf8')) }));
    expect(assessments).toHaveLength(3);
  });

  it('identifies true / false answers as true and false, the true one scoring', () => {
    // entity11.quiz.class.php, create_node_..._question_true_false: an answer identifier other
    // than "true" or "false" throws "Unknown answer identifier detected in true/false quiz
    // question", and the whole course import fails.
    const { qti, item } = question(quizzes.truefalse.prompt);
    expect(qti.value(`string(${item}//qtimetadatafield[fieldlabel='cc_profile']/fieldentry)`)).toBe(
      'cc.true_false.v0p1',
    );
    expect(
      qti.values(`${item}/presentation/response_lid/render_choice/response_label/@ident`),
    ).toEqual(['true', 'false']);
    // get_score: the answer whose identifier is the first varequal of a condition setting a
    // score is the right one; the author's true statement is the first choice.
    expect(
      qti.values(`${item}/resprocessing/respcondition[setvar]/conditionvar/varequal[1]`),
    ).toEqual(['true']);
  });

  it('marks exactly the correct options of a multiple-response question', () => {
    // entity11.quiz.class.php, get_answers: correct options are found only by
    // setvar[@varname='SCORE'][.=100]/../conditionvar//varequal[@case='Yes'][not(parent::not)].
    const { qti, item } = question(quizzes.multiple.prompt);
    const found = qti.values(
      `${item}//setvar[@varname='SCORE'][.=100]/../conditionvar//varequal[@case='Yes'][not(parent::not)]`,
    );
    expect(found.sort()).toEqual(
      quizzes.multiple.choices
        .filter((c) => c.correct)
        .map((c) => c.id)
        .sort(),
    );
  });

  it('scores only the correct choice of single-choice and true / false questions', () => {
    // get_score: every condition whose first direct conditionvar/varequal names the choice
    // sets the choice's score to its setvar, or to nothing when it has none; the last one
    // wins, and any score makes the choice right (1), else wrong (0).
    for (const quiz of [quizzes.single, quizzes.truefalse]) {
      const { qti, item } = question(quiz.prompt);
      const idents = qti.values(
        `${item}/presentation/response_lid/render_choice/response_label/@ident`,
      );
      const conditions = qti.count(`${item}/resprocessing/respcondition`);
      const scores = idents.map((ident) => {
        let score = '';
        for (let n = 1; n <= conditions; n += 1) {
          const at = `${item}/resprocessing/respcondition[${n}]`;
          if (qti.value(`string(${at}/conditionvar/varequal[1])`).toLowerCase() === ident)
            score = qti.value(`string(${at}/setvar)`);
        }
        return score ? 1 : 0;
      });
      expect(scores, quiz.prompt).toEqual(quiz.choices.map((choice) => (choice.correct ? 1 : 0)));
    }
  });

  it('keeps every accepted answer of a fill-in question', () => {
    // get_answers_fib: the accepted answers are the varequal of the FIRST condition whose
    // setvar is 100; answers in later conditions become wrong answers.
    const { qti, item } = question(quizzes.fill.prompt);
    const first = `(${item}/resprocessing/respcondition[setvar='100'])[1]`;
    expect(qti.values(`${first}/conditionvar/varequal`)).toEqual([...quizzes.fill.answers]);
    expect(qti.count(`${item}/resprocessing/respcondition[setvar='100']`)).toBe(1);
  });

  it('keeps each question weight', () => {
    // get_defaultgrade: (int) of cc_weighting when 0..99, else 1.
    for (const quiz of [quizzes.single, quizzes.multiple, quizzes.truefalse, quizzes.fill]) {
      const { qti, item } = question(quiz.prompt);
      const entry = qti.value(
        `string(${item}//qtimetadatafield[fieldlabel='cc_weighting']/fieldentry)`,
      );
      const grade = Number.parseInt(entry, 10);
      expect(grade >= 0 && grade <= 99 ? grade : 1, quiz.prompt).toBe(quiz.points);
    }
  });

  it('gives each choice its own feedback and the explanation as general feedback', () => {
    const { qti, item } = question(quizzes.single.prompt);
    const mattext = (id: string) =>
      htmlText(qti.value(`string(${item}/itemfeedback[@ident='${id}']/flow_mat/material/mattext)`));
    // get_feedback: a choice's feedback comes from the conditions whose first varequal is
    // that choice (compared without case), joined.
    for (const choice of quizzes.single.choices) {
      const ids = qti.values(
        `${item}/resprocessing/respcondition[translate(conditionvar/varequal[1], 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')='${choice.id}']/displayfeedback/@linkrefid`,
      );
      expect(ids.map(mattext).join(' '), choice.id).toBe(
        'feedback' in choice ? choice.feedback : '',
      );
    }
    // get_general_feedback: the feedback of every condition with continue="Yes".
    const general = qti.values(
      `${item}/resprocessing/respcondition[@continue='Yes']/displayfeedback/@linkrefid`,
    );
    expect(general.map(mattext)).toEqual([quizzes.single.explanation]);
  });

  it('writes question text as HTML-escaped HTML, so "<...>" in it stays visible', () => {
    // The converter copies mattext into Moodle's HTML question text as is; typed text/html,
    // an escaped "<gravity>" shows as text instead of vanishing as an unknown tag.
    const { qti, item } = question(quizzes.single.prompt);
    expect(qti.value(`string(${item}/presentation/material/mattext/@texttype)`)).toBe('text/html');
    expect(qti.value(`string(${item}/presentation/material/mattext)`)).toContain('&lt;gravity&gt;');
  });

  it('has lesson pages that work once Moodle drops scripts: no quiz, links to package files, no poster', () => {
    const pages = [...files.keys()].filter((path) => path.endsWith('.html'));
    expect(pages.length).toBe(5);
    for (const path of pages) {
      const html = files.get(path)!.toString('utf8');
      expect(html, path).not.toMatch(/<script|<form|<button/i);
      // Moodle rewrites a page's relative href / src / background / archive / code links
      // that resolve (realpath from the page's folder) to a package file, and no others
      // (backup/cc/entity11.resource.class.php); a poster link is left pointing nowhere.
      expect(html, path).not.toMatch(/\sposter=/);
      for (const [, reference] of html.matchAll(/\s(?:src|href|background)="([^"]+)"/g)) {
        if (/^https?:/.test(reference!)) continue;
        const target = posix.normalize(posix.join(posix.dirname(path), reference!));
        expect(files.has(target), `${path} -> ${reference}`).toBe(true);
      }
      // The questions reach Moodle as its own quiz only, never as dead text in the page.
      for (const quiz of Object.values(quizzes))
        expect(htmlText(html)).not.toContain(quiz.prompt.slice(0, 20));
    }
    const withPointer = pages.filter((path) =>
      files.get(path)!.toString('utf8').includes('in the quiz that follows'),
    );
    expect(withPointer).toHaveLength(3);
  });

  it('starts sections where Moodle does: the overview in General, each outline section after it', () => {
    // cc2moodle.php, create_node_course_sections_section: every item at ROOT_DEEP (the root
    // item's children; includes/constants.php) becomes a section, the first one section 0
    // ("General").
    const topics = manifest.values(
      "/manifest/organizations/organization/item[@identifier='root']/item/title",
    );
    expect(topics).toEqual(['About this course', 'Forces <intro> & “引言”', 'Light 光 🔦']);
    // A topic without a resource is a label, whose title becomes the section summary (the
    // section sheet, backup/cc/sheets/course_sections_section.xml, has no name to set).
    expect(
      manifest.count(
        "//item[@identifier='root']/item[starts-with(@identifier, 'item-section-')][@identifierref]",
      ),
    ).toBe(0);
    const overviewHref = manifest.value(
      "string(//resource[@identifier=//item[@identifier='item-overview']/@identifierref]/@href)",
    );
    const overview = htmlText(readFileSync(join(folder, overviewHref), 'utf8'));
    expect(overview).toContain('A course about <forces> & “motion”.');
    for (const author of courseAuthors) expect(overview).toContain(author);
    expect(overview).toContain('CC BY 4.0');
    // create_node_course_header: the course's name and summary from the LOM's general.
    expect(
      manifest.value(
        'string(/manifest/metadata/*[local-name()="lom"]/*[local-name()="general"]/*[local-name()="description"])',
      ),
    ).toBe('A course about <forces> & “motion”.');
  });
});
