/** The studio's title bar: course title, save status and the course-level commands. */
import type { LessonSaver } from '../editor/plugins/autosave/LessonSaver';
import { useT } from '../i18n/I18nProvider';
import { SaveStatus } from './SaveStatus';

interface ShellHeaderProps {
  courseTitle: string;
  /** The course file cannot be written: said next to its title, so no edit seems saved. */
  readOnly?: boolean;
  saver: LessonSaver;
  mediaOpen: boolean;
  onToggleMedia: () => void;
  /** The History or Comments panel, when one is open */
  reviewPanel: 'history' | 'comments' | null;
  onToggleReviewPanel: (panel: 'history' | 'comments') => void;
  onPreview: () => void;
  onExport: () => void;
  onCheckFile: () => void;
  onCheck: () => void;
  onPublish: () => void;
  onHistory: () => void;
  onCourseSettings: () => void;
  onSettings: () => void;
  onClose: () => void;
}

export function ShellHeader({
  courseTitle,
  readOnly = false,
  saver,
  mediaOpen,
  onToggleMedia,
  reviewPanel,
  onToggleReviewPanel,
  onPreview,
  onExport,
  onCheckFile,
  onCheck,
  onPublish,
  onHistory,
  onCourseSettings,
  onSettings,
  onClose,
}: ShellHeaderProps) {
  const t = useT();
  return (
    <header className="shell-header">
      <div className="brand" title={t('app.name')}>
        <span className="brand-mark" aria-hidden="true">
          CS
        </span>
      </div>
      <h1 className="course-title" data-testid="course-title">
        {courseTitle}
      </h1>
      {readOnly && (
        <span className="read-only-badge" title={t('shell.readOnlyHint')} data-testid="read-only">
          {t('shell.readOnly')}
        </span>
      )}
      <SaveStatus saver={saver} />
      <div className="header-actions">
        <button
          type="button"
          className={mediaOpen ? 'button button-ghost is-active' : 'button button-ghost'}
          aria-pressed={mediaOpen}
          onClick={onToggleMedia}
          data-testid="toggle-media"
        >
          {t('shell.media')}
        </button>
        {(['history', 'comments'] as const).map((panel) => (
          <button
            key={panel}
            type="button"
            className={
              reviewPanel === panel ? 'button button-ghost is-active' : 'button button-ghost'
            }
            aria-pressed={reviewPanel === panel}
            onClick={() => onToggleReviewPanel(panel)}
            data-testid={`toggle-${panel}`}
          >
            {t(`${panel}.title`)}
          </button>
        ))}
        {(
          [
            ['preview-course', 'shell.previewCourse', onPreview],
            ['open-check', 'shell.check', onCheck],
            ['open-export', 'shell.export', onExport],
            ['check-file', 'check.action', onCheckFile],
            ['open-publish', 'shell.publish', onPublish],
            ['open-history', 'shell.history', onHistory],
            ['open-course-settings', 'shell.courseSettings', onCourseSettings],
            ['open-settings', 'shell.settings', onSettings],
            ['close-course', 'shell.closeCourse', onClose],
          ] as const
        ).map(([testId, label, onClick]) => (
          <button
            key={testId}
            type="button"
            className="button button-ghost"
            onClick={onClick}
            data-testid={testId}
          >
            {t(label)}
          </button>
        ))}
      </div>
    </header>
  );
}
