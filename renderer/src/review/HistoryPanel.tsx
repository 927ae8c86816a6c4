/**
 * The History panel: snapshots newest first with time, name (or why one was taken) and what
 * changed; take a named one; compare the open lesson with a snapshot word by word; restore the
 * course or the open lesson. A restore takes a snapshot first, listed at the top: restoring
 * that one undoes it.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { LessonDiff, SnapshotInfo } from '../../../electron/shared/review/model';
import { call } from '../api';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';
import { useNotify } from '../notifications/Notifications';

interface HistoryPanelProps {
  lessonId: string | null;
  /** Saves the open lesson's pending edits; false when they could not be saved. */
  beforeRestore: () => Promise<boolean>;
  /** After a restore: the shell reloads the outline and the open lesson. */
  onRestored: () => void;
  onClose: () => void;
}

export function HistoryPanel({ lessonId, beforeRestore, onRestored, onClose }: HistoryPanelProps) {
  const t = useT();
  const notify = useNotify();
  const [snapshots, setSnapshots] = useState<SnapshotInfo[]>([]);
  const [name, setName] = useState('');
  const [diff, setDiff] = useState<LessonDiff | null>(null);

  const reload = useCallback(() => {
    call('snapshots.list', {}).then(setSnapshots, (error: unknown) => notify(errorText(t, error)));
  }, [notify, t]);
  useEffect(reload, [reload]);

  const take = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    try {
      await call('snapshots.create', { name: name.trim() });
      setName('');
      reload();
    } catch (error) {
      notify(errorText(t, error));
    }
  };

  const restore = async (snapshotId: string, lesson?: string) => {
    if (!(await beforeRestore())) return;
    try {
      await call('snapshots.restore', { snapshotId, lessonId: lesson });
      notify(t('history.restored'));
      setDiff(null);
      reload();
      onRestored();
    } catch (error) {
      notify(errorText(t, error));
    }
  };

  const compare = async (snapshotId: string) => {
    if (!lessonId) return;
    try {
      setDiff(await call('snapshots.diff', { snapshotId, lessonId }));
    } catch (error) {
      notify(errorText(t, error));
    }
  };

  return (
    <aside className="review-panel" aria-label={t('history.title')} data-testid="history-panel">
      <div className="panel-header">
        <h2>{t('history.title')}</h2>
        <button type="button" className="button button-ghost" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <form className="review-form" onSubmit={(event) => void take(event)}>
        <input
          value={name}
          maxLength={200}
          aria-label={t('history.namePrompt')}
          placeholder={t('history.namePrompt')}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button" data-testid="take-snapshot">
          {t('history.take')}
        </button>
      </form>
      {snapshots.length === 0 && <p className="review-empty">{t('history.empty')}</p>}
      <ol className="review-list">
        {snapshots.map((snapshot) => (
          <li key={snapshot.id} className="review-item" data-testid="snapshot">
            <strong>
              {snapshot.kind === 'named' ? snapshot.name : t(`history.reason.${snapshot.reason}`)}
            </strong>
            <time dateTime={snapshot.createdAt}>
              {new Date(snapshot.createdAt).toLocaleString()}
            </time>
            <span className="review-meta">
              {snapshot.changes
                ? t('history.changes', {
                    added: snapshot.changes.added.length,
                    removed: snapshot.changes.removed.length,
                    edited: snapshot.changes.edited.length,
                  })
                : t('history.first')}
            </span>
            <div className="review-actions">
              <button
                type="button"
                className="button button-ghost"
                onClick={() => void compare(snapshot.id)}
              >
                {t('history.compare')}
              </button>
              {lessonId && (
                <button
                  type="button"
                  className="button button-ghost"
                  onClick={() => void restore(snapshot.id, lessonId)}
                >
                  {t('history.restoreLesson')}
                </button>
              )}
              <button
                type="button"
                className="button button-ghost"
                onClick={() => void restore(snapshot.id)}
              >
                {t('history.restore')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {diff && (
        <section
          className="review-diff"
          aria-label={t('history.compare')}
          data-testid="lesson-diff"
        >
          {!diff.inSnapshot && <p>{t('history.diff.missing')}</p>}
          <p className="review-diff-text">
            {diff.parts.map((part, index) =>
              part.kind === 'added' ? (
                <ins key={index}>{part.text}</ins>
              ) : part.kind === 'removed' ? (
                <del key={index}>{part.text}</del>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </p>
        </section>
      )}
    </aside>
  );
}
