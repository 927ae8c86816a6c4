/**
 * QTI 1.2.1 in the Common Cartridge profile: one assessment per lesson holding the lesson's
 * questions (cc.multiple_choice, cc.multiple_response, cc.true_false, cc.fib), each scored
 * 0 / 100 and weighted by its points, with the author's feedback and explanation.
 */
import { escapeHtml, type Quiz } from '../../../shared/content';
import { xmlDeclaration, xmlElement, xmlText, xmlTextElement } from '../xml';

const profiles: Record<Quiz['kind'], string> = {
  single: 'cc.multiple_choice.v0p1',
  multiple: 'cc.multiple_response.v0p1',
  truefalse: 'cc.true_false.v0p1',
  fill: 'cc.fib.v0p1',
};

const field = (label: string, entry: string) =>
  xmlElement(
    'qtimetadatafield',
    {},
    xmlTextElement('fieldlabel', label) + xmlTextElement('fieldentry', entry),
  );

// Moodle's converter takes every mattext's text as HTML (entity11.quiz.class.php copies the
// node value into the question as is), so author text goes out HTML-escaped and typed as
// HTML: "<text>" in a feedback stays visible instead of being taken for a tag.
const material = (text: string) =>
  xmlElement(
    'material',
    {},
    xmlElement('mattext', { texttype: 'text/html' }, xmlText(escapeHtml(text))),
  );

const feedback = (ident: string, text: string) =>
  xmlElement('itemfeedback', { ident }, xmlElement('flow_mat', {}, material(text)));

/** The assessment document for a lesson's questions. */
export function qtiAssessment(ident: string, title: string, quizzes: Quiz[]): string {
  const metadata = xmlElement(
    'qtimetadata',
    {},
    field('cc_profile', 'cc.exam.v0p1') +
      field('qmd_assessmenttype', 'Examination') +
      field('qmd_scoretype', 'Percentage') +
      field('cc_maxattempts', 'unlimited'),
  );
  const items = quizzes.map((quiz, index) => qtiItem(quiz, `${ident}-q${index + 1}`)).join('');
  const document = xmlElement(
    'questestinterop',
    { xmlns: 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2' },
    xmlElement(
      'assessment',
      { ident, title },
      metadata + xmlElement('section', { ident: `${ident}-section` }, items),
    ),
  );
  return xmlDeclaration + document + '\n';
}

/**
 * A choice's identifier in the package. Moodle's converter accepts a true / false answer only
 * when its identifier is exactly `true` or `false` and fails the whole import otherwise
 * (moodle/moodle backup/cc/entity11.quiz.class.php, ..._question_true_false); the first
 * choice of a true / false question is the true statement.
 */
function qtiChoiceIdent(quiz: Quiz, index: number): string {
  if (quiz.kind === 'truefalse') return index === 0 ? 'true' : 'false';
  return quiz.choices[index]?.id ?? `choice${index + 1}`;
}

/**
 * The question's weight. Moodle reads cc_weighting as an integer from 0 to 99 and falls back
 * to 1 otherwise (entity11.quiz.class.php, get_defaultgrade), so whole points go out as
 * integers; Canvas reads the same field as the points possible.
 */
function weighting(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(2);
}

function qtiItem(quiz: Quiz, ident: string): string {
  const itemMetadata = xmlElement(
    'itemmetadata',
    {},
    xmlElement(
      'qtimetadata',
      {},
      field('cc_profile', profiles[quiz.kind]) + field('cc_weighting', weighting(quiz.points)),
    ),
  );
  const response = 'response1';
  let presentation: string;
  let conditions: string;
  const feedbacks: string[] = [];
  // The explanation is the question's general feedback. Moodle builds general feedback from
  // the conditions with continue="Yes" (get_general_feedback), and a choice's feedback from the
  // conditions whose first varequal names that choice (get_feedback); so the explanation has
  // a condition of its own that always holds, and choice feedback never sits in a
  // continue="Yes" condition.
  if (quiz.explanation) feedbacks.push(feedback(`${ident}-general`, quiz.explanation));
  const general = quiz.explanation
    ? xmlElement(
        'respcondition',
        { continue: 'Yes' },
        xmlElement('conditionvar', {}, xmlElement('other', {})) +
          xmlElement('displayfeedback', {
            feedbacktype: 'Response',
            linkrefid: `${ident}-general`,
          }),
      )
    : '';
  if (quiz.kind === 'fill') {
    presentation = xmlElement(
      'response_str',
      { ident: response, rcardinality: 'Single' },
      xmlElement('render_fib', {}, xmlElement('response_label', { ident: 'answer1' })),
    );
    // Every accepted answer in one scoring condition: Moodle takes a fill-in's answers from
    // the first condition that sets SCORE to 100 only (get_answers_fib), and the CC 1.1
    // profile has no <or>; several varequal in one conditionvar is how Canvas writes it too.
    conditions = scoring(
      quiz.answers
        .map((answer) =>
          xmlElement('varequal', { respident: response, case: 'No' }, xmlText(answer)),
        )
        .join(''),
    );
  } else {
    presentation = xmlElement(
      'response_lid',
      { ident: response, rcardinality: quiz.kind === 'multiple' ? 'Multiple' : 'Single' },
      xmlElement(
        'render_choice',
        {},
        quiz.choices
          .map((choice, index) =>
            xmlElement(
              'response_label',
              { ident: qtiChoiceIdent(quiz, index) },
              material(choice.text || (index === 0 ? 'True' : 'False')),
            ),
          )
          .join(''),
      ),
    );
    const idents = quiz.choices.map((_, index) => qtiChoiceIdent(quiz, index));
    const correct = idents.filter((_, index) => quiz.choices[index]?.correct);
    // Multiple response: Moodle finds the correct options only with
    // setvar[SCORE=100]/../conditionvar//varequal[@case='Yes'][not(parent::not)] (get_answers).
    const test =
      quiz.kind === 'multiple'
        ? xmlElement(
            'and',
            {},
            quiz.choices
              .map((choice, index) => {
                const equal = xmlElement(
                  'varequal',
                  { respident: response, case: 'Yes' },
                  xmlText(idents[index] ?? ''),
                );
                return choice.correct ? equal : xmlElement('not', {}, equal);
              })
              .join(''),
          )
        : xmlElement('varequal', { respident: response }, xmlText(correct[0] ?? ''));
    const feedbackFor = (index: number): string => {
      const choice = quiz.choices[index];
      if (!choice?.feedback) return '';
      const feedbackId = `${ident}-fb-${idents[index] ?? index}`;
      feedbacks.push(feedback(feedbackId, choice.feedback));
      return xmlElement('displayfeedback', { feedbacktype: 'Response', linkrefid: feedbackId });
    };
    // Moodle scores a choice by the LAST condition whose first direct varequal names it
    // (get_score: a later condition without setvar resets it to 0), and gives a choice the
    // feedback of every such condition (get_feedback). So a single choice's right answer has
    // one condition, the scoring one, carrying its feedback; each other choice with feedback
    // gets its own condition. All continue="No": continue="Yes" feedback would be glued
    // into the general feedback (get_general_feedback). A multiple-response test sits inside
    // <and>, where neither query looks, so every choice's feedback has its own condition.
    const correctIndex = quiz.choices.findIndex((choice) => choice.correct);
    const single = quiz.kind !== 'multiple';
    const choiceConditions = quiz.choices
      .map((_, index) => {
        if (single && index === correctIndex) return '';
        const display = feedbackFor(index);
        if (!display) return '';
        return xmlElement(
          'respcondition',
          { continue: 'No' },
          xmlElement(
            'conditionvar',
            {},
            xmlElement('varequal', { respident: response }, xmlText(idents[index] ?? '')),
          ) + display,
        );
      })
      .join('');
    conditions = single
      ? scoring(test, 'No', feedbackFor(correctIndex)) + choiceConditions
      : scoring(test, 'Yes') + choiceConditions;
  }
  return xmlElement(
    'item',
    { ident, title: quiz.prompt.slice(0, 80) || ident },
    itemMetadata +
      xmlElement('presentation', {}, material(quiz.prompt) + presentation) +
      xmlElement(
        'resprocessing',
        {},
        xmlElement(
          'outcomes',
          {},
          xmlElement('decvar', {
            maxvalue: '100',
            minvalue: '0',
            varname: 'SCORE',
            vartype: 'Decimal',
          }),
        ) +
          general +
          conditions,
      ) +
      feedbacks.join(''),
  );
}

/** The scoring condition: full marks when `test` holds, with `display` (feedback) if any. */
function scoring(test: string, continueAfter: 'Yes' | 'No' = 'No', display = ''): string {
  return xmlElement(
    'respcondition',
    { continue: continueAfter },
    xmlElement('conditionvar', {}, test) +
      xmlElement('setvar', { action: 'Set', varname: 'SCORE' }, '100') +
      display,
  );
}
