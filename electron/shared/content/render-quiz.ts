/**
 * Quiz markup: a plain, accessible form (fieldset + legend, real radio / checkbox / text inputs,
 * a live region for feedback). It works as a form with no script; the player enhances it by
 * its `data-` attributes. Correct answers are never written into the markup.
 */
import { escapeHtml } from './escape';
import type { ContentLabels } from './labels';
import type { Quiz } from './quiz';

export interface QuizRenderContext {
  labels: ContentLabels;
  /** An element id not yet used on the page, derived from `base`. */
  uniqueId(base: string): string;
}

/** Multi-line author text with line breaks kept. */
export function renderPlainLines(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

/** Renders one question; `extra` adds attributes (a video question's time, `hidden`). */
export function renderQuizForm(quiz: Quiz, context: QuizRenderContext, extra = ''): string {
  const base = context.uniqueId(`cs-quiz-${quiz.id}`);
  const promptId = `${base}-prompt`;
  const attributes =
    ` class="cs-quiz" data-quiz="${escapeHtml(quiz.id)}" data-kind="${quiz.kind}"` +
    ` data-points="${quiz.points}" aria-labelledby="${promptId}" novalidate${extra}`;
  const body =
    quiz.kind === 'fill'
      ? renderFillInput(base, context.labels)
      : renderChoiceInputs(quiz, base, context.labels);
  return (
    `<form${attributes}><fieldset>` +
    `<legend id="${promptId}" class="cs-quiz-prompt">${renderPlainLines(quiz.prompt)}</legend>` +
    body +
    `</fieldset>` +
    `<p class="cs-quiz-points">${escapeHtml(context.labels.points(quiz.points))}</p>` +
    `<div class="cs-quiz-actions"><button type="submit" class="cs-quiz-check">` +
    `${escapeHtml(context.labels.checkAnswer)}</button></div>` +
    `<div class="cs-quiz-feedback" role="status" aria-live="polite"></div></form>`
  );
}

function renderChoiceInputs(quiz: Quiz, base: string, labels: ContentLabels): string {
  const type = quiz.kind === 'multiple' ? 'checkbox' : 'radio';
  let html = '<div class="cs-quiz-choices">';
  quiz.choices.forEach((choice, index) => {
    const inputId = `${base}-${index}`;
    let text = choice.text;
    // A true / false question whose author left the labels empty reads in the course language.
    if (quiz.kind === 'truefalse' && text.trim() === '') {
      text = index === 0 ? labels.trueLabel : labels.falseLabel;
    }
    html +=
      `<div class="cs-quiz-choice"><input type="${type}" id="${inputId}" name="${base}"` +
      ` value="${escapeHtml(choice.id)}"><label for="${inputId}">${renderPlainLines(text)}</label></div>`;
  });
  return `${html}</div>`;
}

function renderFillInput(base: string, labels: ContentLabels): string {
  const inputId = `${base}-answer`;
  return (
    `<div class="cs-quiz-fill"><label for="${inputId}">${escapeHtml(labels.yourAnswer)}</label>` +
    `<input type="text" id="${inputId}" name="${base}" autocomplete="off" spellcheck="false"` +
    ` maxlength="500"></div>`
  );
}
