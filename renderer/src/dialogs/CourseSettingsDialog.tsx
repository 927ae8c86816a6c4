/** Course metadata: title, description, language, authors, license, passing score and cover image. */
import { useRef, useState } from 'react';
import { MAX_IMAGE_BYTES } from '../../../electron/shared/contract';
import { courseLanguages, type Course, type CourseLanguage } from '../../../electron/shared/model';
import { assetUrl, call } from '../api';
import { readImageFile } from '../editor/plugins/images/readImageFile';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';
import { PercentInput } from '../controls/PercentInput';
import { Dialog } from './Dialog';
import { parsePassingScore, useDialogSave } from './useDialogSave';
import { ALL_RIGHTS_RESERVED, courseLicenses, parseAuthors } from './licenses';
import { MAX_TITLE_LENGTH } from '../../../electron/shared/limits';

interface CourseSettingsDialogProps {
  course: Course;
  onSaved: (course: Course) => void;
  onClose: () => void;
}

export function CourseSettingsDialog({ course, onSaved, onClose }: CourseSettingsDialogProps) {
  const t = useT();
  const [title, setTitle] = useState(course.title);
  const [description, setDescription] = useState(course.description);
  const [language, setLanguage] = useState<CourseLanguage>(course.language);
  const [authors, setAuthors] = useState(course.authors.join('\n'));
  const [license, setLicense] = useState(course.license);
  const [coverAssetId, setCoverAssetId] = useState(course.coverAssetId);
  const [passingScore, setPassingScore] = useState(String(course.passingScore));
  const { busy, setBusy, error, setError, save: saveCourse } = useDialogSave(onClose);
  const fileInput = useRef<HTMLInputElement>(null);
  const isKnownLicense =
    license === '' ||
    license === ALL_RIGHTS_RESERVED ||
    courseLicenses.some(({ id }) => id === license);

  const uploadCover = async (file: File) => {
    setError(null);
    if (file.size > MAX_IMAGE_BYTES) {
      setError(t('image.tooLarge', { name: file.name, size: MAX_IMAGE_BYTES / 1024 / 1024 }));
      return;
    }
    setBusy(true);
    try {
      const { dataBase64 } = await readImageFile(file);
      const asset = await call('asset.addImage', {
        name: file.name || 'cover',
        mime: file.type,
        dataBase64,
      });
      setCoverAssetId(asset.id);
    } catch (failure) {
      setError(errorText(t, failure));
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    if (!title.trim()) {
      setError(t('course.titleRequired'));
      return;
    }
    const score = parsePassingScore(passingScore);
    if (score === null) {
      setError(t('course.passingScoreInvalid'));
      return;
    }
    await saveCourse(async () => {
      onSaved(
        await call('course.update', {
          title: title.trim(),
          description,
          language,
          authors: parseAuthors(authors),
          license,
          coverAssetId,
          passingScore: score,
        }),
      );
    });
  };

  return (
    <Dialog
      title={t('course.title')}
      onClose={onClose}
      onSubmit={() => void save()}
      testId="course-settings-dialog"
      wide
      submitLabel={t('common.save')}
      busy={busy}
      submitTestId="course-settings-save"
    >
      <div className="form-grid">
        <div className="form-column">
          <label className="field">
            <span className="field-label">{t('course.courseTitle')}</span>
            <input
              className="input"
              value={title}
              maxLength={MAX_TITLE_LENGTH}
              onChange={(event) => setTitle(event.target.value)}
              data-autofocus
              data-testid="course-title-field"
            />
          </label>
          <label className="field">
            <span className="field-label">{t('course.description')}</span>
            <textarea
              className="input"
              rows={4}
              maxLength={10_000}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          </label>
          <label className="field">
            <span className="field-label">{t('course.authors')}</span>
            <textarea
              className="input"
              rows={3}
              value={authors}
              onChange={(event) => setAuthors(event.target.value)}
            />
            <span className="field-hint">{t('course.authorsHint')}</span>
          </label>
        </div>
        <div className="form-column">
          <label className="field">
            <span className="field-label">{t('course.language')}</span>
            <select
              className="input"
              value={language}
              onChange={(event) => setLanguage(event.target.value as CourseLanguage)}
            >
              {courseLanguages.map((option) => (
                <option key={option} value={option}>
                  {t(`language.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t('course.license')}</span>
            <select
              className="input"
              value={license}
              onChange={(event) => setLicense(event.target.value)}
            >
              <option value="">{t('course.license.none')}</option>
              {courseLicenses.map(({ id, name }) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
              <option value={ALL_RIGHTS_RESERVED}>{t('course.license.allRightsReserved')}</option>
              {!isKnownLicense && (
                <option value={license}>{t('course.license.other', { license })}</option>
              )}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t('course.passingScore')}</span>
            <PercentInput
              value={passingScore}
              onChange={setPassingScore}
              testId="course-passing-score"
            />
            <span className="field-hint">{t('course.passingScoreHint')}</span>
          </label>
          <div className="field">
            <span className="field-label">{t('course.cover')}</span>
            <div className="cover-box">
              {coverAssetId ? (
                <img
                  className="cover-preview"
                  src={assetUrl(coverAssetId)}
                  alt={t('course.coverAlt')}
                  data-testid="cover-preview"
                />
              ) : (
                <span className="muted">{t('course.noCover')}</span>
              )}
            </div>
            <div className="input-row">
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => fileInput.current?.click()}
              >
                {t('course.uploadCover')}
              </button>
              {coverAssetId && (
                <button
                  type="button"
                  className="button button-ghost"
                  onClick={() => setCoverAssetId(null)}
                >
                  {t('course.removeCover')}
                </button>
              )}
            </div>
            <input
              ref={fileInput}
              type="file"
              accept="image/*"
              hidden
              data-testid="cover-file-input"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void uploadCover(file);
              }}
            />
          </div>
        </div>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
