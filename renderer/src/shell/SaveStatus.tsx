/** "Saved" / "Saving…" / "Save failed – retrying", announced politely to screen readers. */
import { useSyncExternalStore } from 'react';
import type { LessonSaver } from '../editor/plugins/autosave/LessonSaver';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';

export function SaveStatus({ saver }: { saver: LessonSaver }) {
  const t = useT();
  const status = useSyncExternalStore(saver.subscribe, saver.getStatus);
  const label =
    status.state === 'saved'
      ? t('shell.saved')
      : status.state === 'saving'
        ? t('shell.saving')
        : t('shell.saveFailed');
  const detail = status.state === 'failed' ? errorText(t, status.error) : undefined;
  return (
    <span
      className={`save-status save-${status.state}`}
      role="status"
      title={detail}
      data-testid="save-status"
      data-state={status.state}
    >
      <span className="save-dot" aria-hidden="true" />
      {label}
      {detail && <span className="visually-hidden">{detail}</span>}
    </span>
  );
}
