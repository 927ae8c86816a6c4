/** Open an existing course by path, or with the system file dialog when the host has one. */
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import type { CourseSnapshot } from '../../../electron/shared/model';
import { call, nativeDialogs, onMenu } from '../api';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';
import { FileBrowserDialog } from '../files/FileBrowserDialog';
import { dirName } from '../files/paths';

export function OpenCourseForm({ onOpened }: { onOpened: (snapshot: CourseSnapshot) => void }) {
  const t = useT();
  const formId = useId();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [browsing, setBrowsing] = useState(false);
  // The error itself, not its text: it is put into words at render, so switching the UI
  // language re-shows it in the new language.
  const [error, setError] = useState<{ failure: unknown } | null>(null);

  const open = async (target: string) => {
    if (!target.trim()) return;
    setBusy(true);
    setError(null);
    try {
      onOpened(await call('project.open', { path: target.trim() }));
    } catch (failure) {
      setError({ failure });
      setBusy(false);
    }
  };

  const choose = async () => {
    const chosen = await nativeDialogs?.openCourse();
    if (chosen) {
      setPath(chosen);
      await open(chosen);
    }
  };

  const pathRef = useRef<HTMLInputElement>(null);
  const onMenuCommand = useEffectEvent((command: string) => {
    if (command !== 'open-course') return;
    if (nativeDialogs) void choose();
    else setBrowsing(true);
  });
  useEffect(() => onMenu((command) => onMenuCommand(command)), []);

  return (
    <form
      className="card"
      aria-labelledby={`${formId}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void open(path);
      }}
      data-testid="open-course-form"
    >
      <h2 id={`${formId}-heading`}>{t('start.openCourse')}</h2>
      {nativeDialogs && (
        <button
          type="button"
          className="button button-wide"
          onClick={() => void choose()}
          disabled={busy}
        >
          {t('start.openWithDialog')}
        </button>
      )}
      <label className="field">
        <span className="field-label">{t('start.coursePath')}</span>
        <span className="input-row">
          <input
            ref={pathRef}
            className="input input-path"
            value={path}
            spellCheck={false}
            placeholder={t('start.coursePathPlaceholder')}
            onChange={(event) => setPath(event.target.value)}
            data-testid="open-course-path"
          />
          {!nativeDialogs && (
            // A browser tab has no system Open dialog: the host's own file browser instead.
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => setBrowsing(true)}
              data-testid="open-course-browse"
            >
              {t('common.browse')}
            </button>
          )}
          <button
            type="submit"
            className="button"
            disabled={busy || !path.trim()}
            data-testid="open-course"
          >
            {busy ? t('start.opening') : t('start.open')}
          </button>
        </span>
      </label>
      {error && (
        <p className="form-error" role="alert">
          {errorText(t, error.failure)}
        </p>
      )}
      {browsing && (
        <FileBrowserDialog
          mode="file"
          title={t('files.openTitle')}
          extensions={['.course']}
          startFolder={path.trim() ? dirName(path.trim()) : undefined}
          onClose={() => setBrowsing(false)}
          onChoose={(chosen) => {
            setBrowsing(false);
            setPath(chosen);
            void open(chosen);
          }}
        />
      )}
    </form>
  );
}
