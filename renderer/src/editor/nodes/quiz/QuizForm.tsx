/**
 * The editing form of one question: kind, prompt, choices or accepted answers, explanation,
 * points and attempts, with what still keeps the question from being asked listed below.
 * Used by the quiz block and by a video's in-video questions.
 */
import { quizKinds, type QuizData, type QuizKind } from '../../../../../electron/shared/content';
import { useId } from 'react';
import { useT } from '../../../i18n/I18nProvider';
import { AnswerList } from './AnswerList';
import { ChoiceList } from './ChoiceList';
import { canShuffle, withKind } from './quizData';
import { quizProblems } from './validateQuiz';

interface QuizFormProps {
  quiz: QuizData;
  onChange: (quiz: QuizData) => void;
  disabled?: boolean;
}

export function QuizForm({ quiz, onChange, disabled }: QuizFormProps) {
  const t = useT();
  const id = useId();
  const problems = quizProblems(quiz);

  return (
    <div className="quiz-form" data-testid="quiz-form">
      <fieldset className="field" disabled={disabled}>
        <legend className="field-label">{t('quiz.kind')}</legend>
        <div className="segmented">
          {quizKinds.map((kind: QuizKind) => (
            <label
              key={kind}
              className={kind === quiz.kind ? 'segment is-selected' : 'segment'}
              data-testid={`quiz-kind-${kind}`}
            >
              <input
                type="radio"
                name={`${id}-kind`}
                value={kind}
                checked={kind === quiz.kind}
                onChange={() => onChange(withKind(quiz, kind))}
              />
              {t(`quiz.kind.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="field">
        <span className="field-label">{t('quiz.prompt')}</span>
        <textarea
          className="input"
          rows={2}
          maxLength={5000}
          value={quiz.prompt}
          placeholder={t('quiz.promptPlaceholder')}
          disabled={disabled}
          onChange={(event) => onChange({ ...quiz, prompt: event.target.value })}
          data-testid="quiz-prompt"
        />
      </label>
      {quiz.kind === 'fill' ? (
        <AnswerList quiz={quiz} onChange={onChange} disabled={disabled} />
      ) : (
        <ChoiceList quiz={quiz} onChange={onChange} disabled={disabled} />
      )}
      {canShuffle(quiz.kind) && (
        <label className="check-option">
          <input
            type="checkbox"
            checked={quiz.shuffle !== false}
            disabled={disabled}
            onChange={(event) => onChange({ ...quiz, shuffle: event.target.checked })}
            data-testid="quiz-shuffle"
          />
          {t('quiz.shuffle')}
        </label>
      )}
      <label className="field">
        <span className="field-label">{t('quiz.explanation')}</span>
        <textarea
          className="input"
          rows={2}
          maxLength={5000}
          value={quiz.explanation ?? ''}
          placeholder={t('quiz.explanationPlaceholder')}
          disabled={disabled}
          onChange={(event) => onChange({ ...quiz, explanation: event.target.value })}
          data-testid="quiz-explanation"
        />
      </label>
      <div className="quiz-numbers">
        <label className="field">
          <span className="field-label">{t('quiz.points')}</span>
          <input
            className="input"
            type="number"
            min={0}
            max={1000}
            step={0.5}
            value={Number.isFinite(quiz.points) ? quiz.points : ''}
            disabled={disabled}
            onChange={(event) => onChange({ ...quiz, points: event.target.valueAsNumber })}
            data-testid="quiz-points"
          />
        </label>
        <label className="field">
          <span className="field-label">{t('quiz.attempts')}</span>
          <input
            className="input"
            type="number"
            min={0}
            max={100}
            step={1}
            value={quiz.maxAttempts ?? 0}
            disabled={disabled}
            onChange={(event) =>
              onChange({
                ...quiz,
                maxAttempts: Math.max(0, Math.floor(event.target.valueAsNumber || 0)),
              })
            }
          />
          <span className="field-hint">{t('quiz.attemptsHint')}</span>
        </label>
      </div>
      {problems.length > 0 && (
        <ul className="quiz-problems" aria-live="polite" data-testid="quiz-problems">
          {problems.map((problem) => (
            <li key={problem}>{t(problem)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
