/** The accepted answers of a fill-in question; any one of them counts as right. */
import type { QuizData } from '../../../../../electron/shared/content';
import { useT } from '../../../i18n/I18nProvider';

interface AnswerListProps {
  quiz: QuizData;
  onChange: (quiz: QuizData) => void;
  disabled?: boolean;
}

export function AnswerList({ quiz, onChange, disabled }: AnswerListProps) {
  const t = useT();
  const answers = quiz.answers ?? [];
  const setAnswers = (next: string[]) => onChange({ ...quiz, answers: next });

  return (
    <fieldset className="field quiz-answers" disabled={disabled}>
      <legend className="field-label">{t('quiz.answers')}</legend>
      <span className="field-hint">{t('quiz.answersHint')}</span>
      <ol className="choice-list">
        {answers.map((answer, index) => (
          <li key={index} className="choice-row">
            <input
              className="input"
              value={answer}
              maxLength={500}
              aria-label={t('quiz.answerNumber', { number: index + 1 })}
              onChange={(event) =>
                setAnswers(answers.map((value, i) => (i === index ? event.target.value : value)))
              }
              data-testid="quiz-answer"
            />
            <button
              type="button"
              className="icon-button"
              aria-label={t('quiz.removeAnswer', { number: index + 1 })}
              title={t('quiz.removeAnswer', { number: index + 1 })}
              onClick={() => setAnswers(answers.filter((_, i) => i !== index))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button-small"
        onClick={() => setAnswers([...answers, ''])}
        disabled={answers.length >= 20}
        data-testid="quiz-add-answer"
      >
        {t('quiz.addAnswer')}
      </button>
    </fieldset>
  );
}
