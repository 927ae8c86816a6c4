/**
 * New course: title, language and file path. The path follows the title until the user edits it;
 * an existing file is never overwritten without the user saying "replace" first.
 */
import { useEffect, useId, useRef, useState } from 'react';
import {
  courseLanguages,
  type AppInfo,
  type CourseLanguage,
  type CourseSnapshot,
} from '../../../electron/shared/model';
import { call, nativeDialogs, onMenu } from '../api';
import { useT, useUiLanguage } from '../i18n/I18nProvider';
import { errorCode, errorText } from '../i18n/errorText';
import { FileBrowserDialog } from '../files/FileBrowserDialog';
import { baseName, dirName, joinPath } from '../files/paths';
import { suggestedCoursePath } from './coursePath';
import { MAX_TITLE_LENGTH } from '../../../electron/shared/limits';

interface NewCourseFormProps {
  info: AppInfo;
  onCreated: (snapshot: CourseSnapshot) => void;
}

export function NewCourseForm({ info, onCreated }: NewCourseFormProps) {
  const t = useT();
  const uiLanguage = useUiLanguage();
  const formId = useId();
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<CourseLanguage>(uiLanguage);
  const [customPath, setCustomPath] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Kept as the error, put into words at render (see OpenCourseForm).
  const [error, setError] = useState<{ failure: unknown } | null>(null);
  const [existingPath, setExistingPath] = useState<string | null>(null);
  const [browsing, setBrowsing] = useState(false);

  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(
    () =>
      onMenu((command) => {
        if (command === 'new-course') titleRef.current?.focus();
      }),
    [],
  );

  const path =
    customPath ??
    suggestedCoursePath(info.defaultCourseDir, title, info.platform, t('start.untitled'));

  const create = async (force: boolean) => {
    if (!title.trim()) return;
    setBusy(true);
    setError(null);
    setExistingPath(null);
    try {
      onCreated(await call('project.create', { path, title: title.trim(), language, force }));
    } catch (failure) {
      setBusy(false);
      if (errorCode(failure) === 'FILE_EXISTS') setExistingPath(path);
      else setError({ failure });
    }
  };

  const browse = async () => {
    const chosen = await nativeDialogs?.saveCourse(path);
    if (chosen) setCustomPath(chosen);
  };

  return (
    <form
      className="card"
      aria-labelledby={`${formId}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void create(false);
      }}
      data-testid="new-course-form"
    >
      <h2 id={`${formId}-heading`}>{t('start.newCourse')}</h2>
      <label className="field">
        <span className="field-label">{t('start.courseTitle')}</span>
        <input
          ref={titleRef}
          className="input"
          value={title}
          maxLength={MAX_TITLE_LENGTH}
          required
          autoFocus
          placeholder={t('start.courseTitlePlaceholder')}
          onChange={(event) => setTitle(event.target.value)}
          data-testid="new-course-title"
        />
      </label>
      <fieldset className="field">
        <legend className="field-label">{t('start.courseLanguage')}</legend>
        <div className="segmented">
          {courseLanguages.map((option) => (
            <label key={option} className={option === language ? 'segment is-selected' : 'segment'}>
              <input
                type="radio"
                name={`${formId}-language`}
                value={option}
                checked={option === language}
                onChange={() => setLanguage(option)}
              />
              {t(`language.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="field">
        <span className="field-label">{t('start.saveTo')}</span>
        <span className="input-row">
          <input
            className="input input-path"
            value={path}
            spellCheck={false}
            onChange={(event) => setCustomPath(event.target.value)}
            data-testid="new-course-path"
          />
          {nativeDialogs ? (
            <button type="button" className="button" onClick={() => void browse()}>
              {t('common.browse')}
            </button>
          ) : (
            // A browser tab has no system Save dialog: pick the folder in the host's browser.
            <button
              type="button"
              className="button"
              onClick={() => setBrowsing(true)}
              data-testid="new-course-browse"
            >
              {t('common.browse')}
            </button>
          )}
        </span>
      </label>
      {existingPath && (
        <div className="form-error" role="alert" data-testid="file-exists">
          <span>{t('start.fileExists', { path: existingPath })}</span>
          <button
            type="button"
            className="button button-danger"
            onClick={() => void create(true)}
            data-testid="replace-file"
          >
            {t('start.replace')}
          </button>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {errorText(t, error.failure)}
        </p>
      )}
      <div className="card-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || !title.trim()}
          data-testid="create-course"
        >
          {busy ? t('start.creating') : t('start.create')}
        </button>
      </div>
      {browsing && (
        <FileBrowserDialog
          mode="folder"
          title={t('files.title')}
          startFolder={dirName(path)}
          onClose={() => setBrowsing(false)}
          onChoose={(folder) => {
            setBrowsing(false);
            setCustomPath(joinPath(folder, baseName(path)));
          }}
        />
      )}
    </form>
  );
}
