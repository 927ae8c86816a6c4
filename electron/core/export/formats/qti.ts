/**
 * QTI 1.2.1 in the Common Cartridge profile: one assessment per lesson holding the lesson's
 * questions (cc.multiple_choice, cc.multiple_response, cc.true_false, cc.fib), each scored
 * 0 / 100 and weighted by its points, with the author's feedback and explanation.
 */
import { correctChoiceIds, type Quiz } from '../../../shared/content';
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

const material = (text: string) =>
  xmlElement('material', {}, xmlElement('mattext', { texttype: 'text/plain' }, xmlText(text)));

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

function qtiItem(quiz: Quiz, ident: string): string {
  const itemMetadata = xmlElement(
    'itemmetadata',
    {},
    xmlElement(
      'qtimetadata',
      {},
      field('cc_profile', profiles[quiz.kind]) + field('cc_weighting', String(quiz.points)),
    ),
  );
  const response = 'response1';
  let presentation: string;
  let conditions: string;
  const feedbacks: string[] = [];
  if (quiz.kind === 'fill') {
    presentation = xmlElement(
      'response_str',
      { ident: response, rcardinality: 'Single' },
      xmlElement('render_fib', {}, xmlElement('response_label', { ident: 'answer1' })),
    );
    // One condition per accepted answer: the CC 1.1 profile has no <or>.
    conditions = quiz.answers
      .map((answer) =>
        respcondition(
          xmlElement('varequal', { respident: response, case: 'No' }, xmlText(answer)),
          quiz,
          ident,
        ),
      )
      .join('');
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
              { ident: choice.id },
              material(choice.text || (index === 0 ? 'True' : 'False')),
            ),
          )
          .join(''),
      ),
    );
    // Per-choice feedback first (continue="Yes"), then the scoring condition.
    conditions = quiz.choices
      .filter((choice) => choice.feedback)
      .map((choice) => {
        feedbacks.push(feedback(`${ident}-fb-${choice.id}`, choice.feedback));
        return xmlElement(
          'respcondition',
          { continue: 'Yes' },
          xmlElement(
            'conditionvar',
            {},
            xmlElement('varequal', { respident: response }, xmlText(choice.id)),
          ) +
            xmlElement('displayfeedback', {
              feedbacktype: 'Response',
              linkrefid: `${ident}-fb-${choice.id}`,
            }),
        );
      })
      .join('');
    const correct = correctChoiceIds(quiz);
    const test =
      quiz.kind === 'multiple'
        ? xmlElement(
            'and',
            {},
            quiz.choices
              .map((choice) => {
                const equal = xmlElement('varequal', { respident: response }, xmlText(choice.id));
                return choice.correct ? equal : xmlElement('not', {}, equal);
              })
              .join(''),
          )
        : xmlElement('varequal', { respident: response }, xmlText(correct[0] ?? ''));
    conditions += respcondition(test, quiz, ident);
  }
  if (quiz.explanation) feedbacks.push(feedback(`${ident}-general`, quiz.explanation));
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
        ) + conditions,
      ) +
      feedbacks.join(''),
  );
}

/** The scoring condition: full marks when `test` holds, with the explanation as feedback. */
function respcondition(test: string, quiz: Quiz, ident: string): string {
  const explanation = quiz.explanation
    ? xmlElement('displayfeedback', { feedbacktype: 'Response', linkrefid: `${ident}-general` })
    : '';
  return xmlElement(
    'respcondition',
    { continue: 'No' },
    xmlElement('conditionvar', {}, test) +
      xmlElement('setvar', { action: 'Set', varname: 'SCORE' }, '100') +
      explanation,
  );
}
