/**
 * Questions as Open edX CAPA problems: multiplechoiceresponse (single, true / false),
 * choiceresponse (multiple), stringresponse (fill, case-insensitive, every accepted answer),
 * with per-choice hints and the explanation as the solution. Weight is the question's points.
 */
import type { Quiz } from '../../../shared/content';
import { xmlElement, xmlText, xmlTextElement } from '../xml';

/** One problem's XML (without the declaration: OLX component files are bare elements). */
export function capaProblem(quiz: Quiz, displayName: string): string {
  const label = xmlTextElement('label', quiz.prompt);
  let body: string;
  if (quiz.kind === 'fill') {
    const [first, ...more] = quiz.answers;
    body = xmlElement(
      'stringresponse',
      { answer: first ?? '', type: 'ci' },
      label +
        more.map((answer) => xmlElement('additional_answer', { answer })).join('') +
        xmlElement('textline', { size: '40' }),
    );
  } else {
    const choices = quiz.choices
      .map((choice, index) => {
        const text = choice.text || (index === 0 ? 'True' : 'False');
        const hint = choice.feedback ? xmlTextElement('choicehint', choice.feedback) : '';
        return xmlElement('choice', { correct: String(choice.correct) }, xmlText(text) + hint);
      })
      .join('');
    body =
      quiz.kind === 'multiple'
        ? xmlElement('choiceresponse', {}, label + xmlElement('checkboxgroup', {}, choices))
        : xmlElement(
            'multiplechoiceresponse',
            {},
            label + xmlElement('choicegroup', { type: 'MultipleChoice' }, choices),
          );
  }
  const solution = quiz.explanation
    ? xmlElement(
        'solution',
        {},
        xmlElement('div', { class: 'detailed-solution' }, xmlTextElement('p', quiz.explanation)),
      )
    : '';
  return xmlElement(
    'problem',
    {
      display_name: displayName,
      weight: String(quiz.points),
      max_attempts: quiz.maxAttempts > 0 ? String(quiz.maxAttempts) : undefined,
      showanswer: 'finished',
    },
    body + solution,
  );
}
