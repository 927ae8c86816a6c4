/**
 * The choices of a single, multiple or true / false question: which are correct (radio or
 * checkbox), their text and the feedback a learner sees on choosing them. True / false has its
 * two fixed choices; the others can be added, removed and reordered.
 */
import type { QuizChoice, QuizData } from '../../../../../electron/shared/content';
import { useId, useRef } from 'react';
import { useT } from '../../../i18n/I18nProvider';
import { addChoice } from './quizData';

interface ChoiceListProps {
  quiz: QuizData;
  onChange: (quiz: QuizData) => void;
  disabled?: boolean;
}

export function ChoiceList({ quiz, onChange, disabled }: ChoiceListProps) {
  const t = useT();
  const id = useId();
  const choices = quiz.choices ?? [];
  const fixed = quiz.kind === 'truefalse';
  const multiple = quiz.kind === 'multiple';
  // A choice just added gets focus, so Space or Enter types into it instead of pressing
  // "Add choice" again.
  const focusChoice = useRef<string | null>(null);
  const focusIfNew = (choiceId: string) => (input: HTMLInputElement | null) => {
    if (input && focusChoice.current === choiceId) {
      focusChoice.current = null;
      input.focus();
    }
  };
  const add = () => {
    const next = addChoice(quiz);
    focusChoice.current = next.choices?.at(-1)?.id ?? null;
    onChange(next);
  };

  const setChoices = (next: QuizChoice[]) => onChange({ ...quiz, choices: next });
  const update = (index: number, patch: Partial<QuizChoice>) =>
    setChoices(choices.map((choice, i) => (i === index ? { ...choice, ...patch } : choice)));
  const markCorrect = (index: number, correct: boolean) =>
    setChoices(
      choices.map((choice, i) =>
        i === index ? { ...choice, correct } : multiple ? choice : { ...choice, correct: false },
      ),
    );
  const move = (index: number, by: -1 | 1) => {
    const next = [...choices];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + by, 0, moved);
    setChoices(next);
  };

  const choiceName = (index: number) =>
    fixed
      ? t(index === 0 ? 'quiz.true' : 'quiz.false')
      : t('quiz.choiceNumber', { number: index + 1 });

  return (
    <fieldset className="field quiz-choices" disabled={disabled}>
      <legend className="field-label">
        {multiple ? t('quiz.choicesMultiple') : t('quiz.choicesSingle')}
      </legend>
      <ol className="choice-list">
        {choices.map((choice, index) => (
          <li key={choice.id} className="choice-row" data-testid="quiz-choice">
            <label className="choice-correct" title={t('quiz.correct')}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={`${id}-correct`}
                checked={choice.correct}
                onChange={(event) => markCorrect(index, event.target.checked)}
                data-testid="quiz-choice-correct"
              />
              <span className="visually-hidden">
                {t('quiz.markCorrect', { choice: choiceName(index) })}
              </span>
            </label>
            <div className="choice-fields">
              {fixed ? (
                <span className="choice-fixed">{choiceName(index)}</span>
              ) : (
                <input
                  ref={focusIfNew(choice.id)}
                  className="input"
                  value={choice.text}
                  maxLength={5000}
                  aria-label={choiceName(index)}
                  placeholder={choiceName(index)}
                  onChange={(event) => update(index, { text: event.target.value })}
                  data-testid="quiz-choice-text"
                />
              )}
              <input
                className="input input-quiet"
                value={choice.feedback ?? ''}
                maxLength={5000}
                aria-label={t('quiz.feedbackFor', { choice: choiceName(index) })}
                placeholder={t('quiz.feedbackPlaceholder')}
                onChange={(event) => update(index, { feedback: event.target.value })}
                data-testid="quiz-choice-feedback"
              />
            </div>
            {!fixed && (
              <div className="choice-tools">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('quiz.moveUp', { choice: choiceName(index) })}
                  title={t('quiz.moveUp', { choice: choiceName(index) })}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('quiz.moveDown', { choice: choiceName(index) })}
                  title={t('quiz.moveDown', { choice: choiceName(index) })}
                  disabled={index === choices.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('quiz.removeChoice', { choice: choiceName(index) })}
                  title={t('quiz.removeChoice', { choice: choiceName(index) })}
                  onClick={() => setChoices(choices.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {!fixed && (
        <button
          type="button"
          className="button button-small"
          onClick={add}
          disabled={choices.length >= 20}
          data-testid="quiz-add-choice"
        >
          {t('quiz.addChoice')}
        </button>
      )}
    </fieldset>
  );
}
