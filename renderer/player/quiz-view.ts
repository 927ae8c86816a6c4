/**
 * The quiz engine on the page: reads the learner's answer from the rendered form, grades it
 * with the shared grader, gives feedback and the explanation, counts attempts, locks the
 * question when it is final, and restores all of that from saved progress.
 */
import { gradeQuiz, type Quiz, type QuizAnswer } from '../../electron/shared/content/quiz';
import type { QuizProgress } from '../../electron/shared/player/progress';
import { el } from './dom';
import type { PlayerStrings } from './i18n';

export interface QuizViewOptions {
  quiz: Quiz;
  state: QuizProgress | undefined;
  strings: PlayerStrings;
  /** Called after each graded attempt with the question's new state. */
  onAnswer(state: QuizProgress): void;
  /** False in review mode: answers are shown, not taken. */
  interactive: boolean;
}

export class QuizView {
  private state: QuizProgress;
  private readonly feedback: HTMLElement;

  constructor(
    private readonly form: HTMLFormElement,
    private readonly options: QuizViewOptions,
  ) {
    this.state = options.state ?? { attempts: 0, correct: false, final: false, answer: null };
    this.feedback =
      form.querySelector<HTMLElement>('.cs-quiz-feedback') ??
      form.appendChild(el('div', { role: 'status' }));
    if (options.quiz.shuffle) shuffleChoices(form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    if (this.state.answer) this.fill(this.state.answer);
    if (this.state.attempts > 0 && this.state.answer) this.showGrade(false);
    if (this.state.final || !options.interactive) this.lock();
  }

  get final(): boolean {
    return this.state.final;
  }

  private inputs(): HTMLInputElement[] {
    return [...this.form.querySelectorAll<HTMLInputElement>('input')];
  }

  private readAnswer(): QuizAnswer | null {
    if (this.options.quiz.kind === 'fill') {
      const text = this.inputs()[0]?.value ?? '';
      return text.trim() === '' ? null : { text };
    }
    // In the author's order, whatever order the choices are shown in (shuffled), so what is
    // reported to the platform does not depend on the shuffle.
    const authored = this.options.quiz.choices.map((choice) => choice.id);
    const choices = this.inputs()
      .filter((input) => input.checked)
      .map((input) => input.value)
      .sort((a, b) => authored.indexOf(a) - authored.indexOf(b));
    return choices.length === 0 ? null : { choices };
  }

  private fill(answer: QuizAnswer): void {
    for (const input of this.inputs()) {
      if ('text' in answer) input.value = answer.text;
      else input.checked = answer.choices.includes(input.value);
    }
  }

  private submit(): void {
    if (this.state.final || !this.options.interactive) return;
    const answer = this.readAnswer();
    const { strings, quiz } = this.options;
    if (!answer) {
      this.feedback.replaceChildren(
        el(
          'p',
          { class: 'cs-quiz-hint' },
          quiz.kind === 'fill' ? strings.typeAnswer : strings.chooseAnswer,
        ),
      );
      return;
    }
    const grade = gradeQuiz(quiz, answer);
    const attempts = this.state.attempts + 1;
    const outOfAttempts = quiz.maxAttempts > 0 && attempts >= quiz.maxAttempts;
    this.state = {
      attempts,
      correct: grade.correct,
      final: grade.correct || outOfAttempts,
      answer,
    };
    this.showGrade(true);
    if (this.state.final) this.lock();
    this.options.onAnswer(this.state);
  }

  private showGrade(fresh: boolean): void {
    const { strings, quiz } = this.options;
    const answer = this.state.answer;
    if (!answer) return;
    const grade = gradeQuiz(quiz, answer);
    const parts: HTMLElement[] = [
      el(
        'p',
        { class: grade.correct ? 'cs-quiz-result cs-right' : 'cs-quiz-result cs-wrong' },
        grade.correct ? strings.correct : strings.incorrect,
      ),
    ];
    for (const text of grade.feedback)
      parts.push(el('p', { class: 'cs-quiz-choice-feedback' }, text));
    if (!this.state.final) {
      const left = quiz.maxAttempts > 0 ? quiz.maxAttempts - this.state.attempts : 0;
      parts.push(
        el(
          'p',
          {},
          left > 0 ? `${strings.tryAgain} ${strings.attemptsLeft(left)}` : strings.tryAgain,
        ),
      );
    } else {
      if (!grade.correct)
        parts.push(
          el('p', { class: 'cs-quiz-answer' }, strings.correctAnswer(this.correctAnswerText())),
        );
      if (quiz.explanation) {
        parts.push(
          el(
            'div',
            { class: 'cs-quiz-explanation' },
            el('strong', {}, `${strings.explanation}: `),
            quiz.explanation,
          ),
        );
      }
    }
    // Restored feedback is shown without being announced again.
    if (!fresh) this.feedback.removeAttribute('aria-live');
    this.feedback.replaceChildren(...parts);
    if (!fresh) this.feedback.setAttribute('aria-live', 'polite');
    this.markChoices();
  }

  private correctAnswerText(): string {
    const { quiz } = this.options;
    if (quiz.kind === 'fill') return quiz.answers[0] ?? '';
    // Named in the author's order, however the choices are shuffled on screen.
    const inputs = this.inputs();
    return quiz.choices
      .filter((choice) => choice.correct)
      .map((choice) => inputs.find((input) => input.value === choice.id))
      .map((input) =>
        input
          ? (this.form.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent ?? '')
          : '',
      )
      .join(', ');
  }

  private markChoices(): void {
    if (!this.state.final || this.options.quiz.kind === 'fill') return;
    for (const input of this.inputs()) {
      const choice = this.options.quiz.choices.find((candidate) => candidate.id === input.value);
      const wrapper = input.closest('.cs-quiz-choice');
      wrapper?.classList.toggle('cs-choice-correct', choice?.correct === true);
      wrapper?.classList.toggle('cs-choice-wrong', input.checked && choice?.correct !== true);
    }
  }

  private lock(): void {
    for (const input of this.inputs()) input.disabled = true;
    const button = this.form.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (button) button.disabled = true;
    this.form.classList.add('cs-quiz-final');
    this.markChoices();
  }
}

/**
 * Shows a question's choices in a new random order. The order always differs from the
 * author's, or a learner could not tell that it was shuffled at all.
 */
function shuffleChoices(form: HTMLFormElement): void {
  const list = form.querySelector('.cs-quiz-choices');
  const choices = [...(list?.querySelectorAll<HTMLElement>(':scope > .cs-quiz-choice') ?? [])];
  if (!list || choices.length < 2) return;
  const order = choices.map((_, index) => index);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  if (order.every((value, index) => value === index)) order.push(order.shift()!);
  list.append(...order.map((index) => choices[index]!));
}
