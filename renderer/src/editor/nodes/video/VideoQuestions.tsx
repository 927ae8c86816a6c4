/**
 * In-video questions: quizzes that pause the video at their time until answered (in the
 * preview and the exported player). Listed by time; added and edited in a dialog.
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { VideoQuestion } from '../../../../../electron/shared/content';
import { useT } from '../../../i18n/I18nProvider';
import { formatClockTime } from '../../../media/formatMedia';
import { newQuiz } from '../quiz/quizData';
import { QuestionDialog } from './QuestionDialog';

interface VideoQuestionsProps {
  questions: VideoQuestion[];
  onChange: (questions: VideoQuestion[]) => void;
  video: HTMLVideoElement | null;
  durationSec: number;
  editable: boolean;
}

/** Which question the dialog edits: an index, or a new one. */
type Editing = { index: number | null; question: VideoQuestion } | null;

export function VideoQuestions({
  questions,
  onChange,
  video,
  durationSec,
  editable,
}: VideoQuestionsProps) {
  const t = useT();
  const [editing, setEditing] = useState<Editing>(null);

  const save = (question: VideoQuestion) => {
    const next =
      editing?.index === null || editing === null
        ? [...questions, question]
        : questions.map((existing, index) => (index === editing.index ? question : existing));
    onChange(next.sort((a, b) => a.time - b.time));
    setEditing(null);
  };

  return (
    <div className="video-section" data-testid="video-questions">
      {questions.length === 0 ? (
        <p className="muted">{t('videoQuestions.none')}</p>
      ) : (
        <ol className="question-list">
          {questions.map((question, index) => (
            <li key={question.quiz.id} className="question-item" data-testid="video-question">
              <span className="chapter-time">{formatClockTime(question.time)}</span>
              <span className="question-prompt">
                {question.quiz.prompt || t('videoQuestions.untitled')}
              </span>
              <span className="muted">{t(`quiz.kind.${question.quiz.kind}`)}</span>
              {editable && (
                <>
                  <button
                    type="button"
                    className="button button-small button-ghost"
                    onClick={() => setEditing({ index, question })}
                  >
                    {t('videoQuestions.edit')}
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('videoQuestions.remove', {
                      time: formatClockTime(question.time),
                    })}
                    title={t('videoQuestions.remove', { time: formatClockTime(question.time) })}
                    onClick={() => onChange(questions.filter((_, i) => i !== index))}
                  >
                    ×
                  </button>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {editable && (
        <button
          type="button"
          className="button button-small"
          onClick={() =>
            setEditing({
              index: null,
              question: { time: Math.floor(video?.currentTime ?? 0), quiz: newQuiz() },
            })
          }
          data-testid="video-question-add"
        >
          {t('videoQuestions.addAtCurrent')}
        </button>
      )}
      {editing &&
        createPortal(
          <QuestionDialog
            initial={editing.question}
            durationSec={durationSec}
            onSave={save}
            onClose={() => setEditing(null)}
          />,
          document.body,
        )}
    </div>
  );
}
