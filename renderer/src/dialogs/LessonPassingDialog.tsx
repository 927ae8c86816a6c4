/**
 * A lesson's own passing score: follow the course's, or set one for this lesson. The course
 * is then only passed once this lesson reaches its mark too, and a one-SCO-per-lesson package
 * reports it as the lesson's mastery score.
 */
import { useId, useState } from 'react';
import type { Outline } from '../../../electron/shared/model';
import { call } from '../api';
import { useT } from '../i18n/I18nProvider';
import { PercentInput } from '../controls/PercentInput';
import { Dialog } from './Dialog';
import { parsePassingScore, useDialogSave } from './useDialogSave';

interface LessonPassingDialogProps {
  lessonId: string;
  lessonTitle: string;
  /** The lesson's own mark, or null when it follows the course's. */
  passingScore: number | null;
  coursePassingScore: number;
  onSaved: (outline: Outline) => void;
  onClose: () => void;
}

export function LessonPassingDialog({
  lessonId,
  lessonTitle,
  passingScore,
  coursePassingScore,
  onSaved,
  onClose,
}: LessonPassingDialogProps) {
  const t = useT();
  const id = useId();
  const [own, setOwn] = useState(passingScore !== null);
  const [score, setScore] = useState(String(passingScore ?? coursePassingScore));
  const { busy, error, setError, save } = useDialogSave(onClose);

  const submit = () => {
    const value = parsePassingScore(score);
    if (own && value === null) return setError(t('course.passingScoreInvalid'));
    return save(async () => {
      onSaved(
        await call('lesson.setPassingScore', { id: lessonId, passingScore: own ? value : null }),
      );
    });
  };

  return (
    <Dialog
      title={t('lessonPassing.title', { lesson: lessonTitle })}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="lesson-passing-dialog"
      submitLabel={t('common.save')}
      busy={busy}
      submitTestId="lesson-passing-save"
    >
      <fieldset className="field">
        <legend className="field-label">{t('course.passingScore')}</legend>
        <label className="check-option">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={!own}
            onChange={() => setOwn(false)}
            data-testid="lesson-passing-course"
            data-autofocus={own ? undefined : true}
          />
          {t('lessonPassing.useCourse', { score: coursePassingScore })}
        </label>
        <label className="check-option">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={own}
            onChange={() => setOwn(true)}
            data-testid="lesson-passing-own"
          />
          {t('lessonPassing.own')}
        </label>
        <PercentInput
          value={score}
          onChange={setScore}
          disabled={!own}
          label={t('course.passingScore')}
          indented
          autoFocus={own}
          testId="lesson-passing-score"
        />
        <span className="field-hint">{t('lessonPassing.hint')}</span>
      </fieldset>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
