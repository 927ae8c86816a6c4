/** Adds or edits one in-video question: when it appears, and the question itself. */
import { useState } from 'react';
import type { VideoQuestion } from '../../../../../electron/shared/content';
import { Dialog } from '../../../dialogs/Dialog';
import { useT } from '../../../i18n/I18nProvider';
import { formatEditableTime, parseClockTime } from '../../../media/clockTime';
import { QuizForm } from '../quiz/QuizForm';
import { quizProblems } from '../quiz/validateQuiz';

interface QuestionDialogProps {
  initial: VideoQuestion;
  durationSec: number;
  onSave: (question: VideoQuestion) => void;
  onClose: () => void;
}

export function QuestionDialog({ initial, durationSec, onSave, onClose }: QuestionDialogProps) {
  const t = useT();
  const [time, setTime] = useState(formatEditableTime(initial.time));
  const [quiz, setQuiz] = useState(initial.quiz);
  const [error, setError] = useState<string | null>(null);

  const save = () => {
    const seconds = parseClockTime(time);
    if (seconds === null) return setError(t('chapters.badTime', { time }));
    if (durationSec > 0 && seconds >= durationSec) return setError(t('chapters.afterEnd'));
    if (quizProblems(quiz).length > 0) return setError(t('videoQuestions.incomplete'));
    onSave({ time: seconds, quiz });
  };

  return (
    <Dialog
      title={t('videoQuestions.dialogTitle')}
      onClose={onClose}
      onSubmit={save}
      testId="video-question-dialog"
      wide
      submitLabel={t('common.save')}
      submitTestId="video-question-save"
    >
      <label className="field field-narrow">
        <span className="field-label">{t('videoQuestions.time')}</span>
        <input
          className="input"
          value={time}
          inputMode="decimal"
          onChange={(event) => setTime(event.target.value)}
          data-autofocus
          data-testid="video-question-time"
        />
        <span className="field-hint">{t('videoQuestions.timeHint')}</span>
      </label>
      <QuizForm quiz={quiz} onChange={setQuiz} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
