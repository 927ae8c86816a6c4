/** Adds a captions file (SRT or WebVTT) to a video in a chosen language. */
import { useId, useRef, useState } from 'react';
import { Dialog } from '../dialogs/Dialog';
import { useT } from '../i18n/I18nProvider';
import { captionAccept } from './mediaFiles';
import { isCaptionLanguage, suggestedCaptionLanguages } from './captionLanguages';

interface AddCaptionsDialogProps {
  assetName: string;
  onAdd: (file: File, lang: string) => Promise<boolean>;
  onClose: () => void;
}

const OTHER = 'other';

export function AddCaptionsDialog({ assetName, onAdd, onClose }: AddCaptionsDialogProps) {
  const t = useT();
  const id = useId();
  const [choice, setChoice] = useState<string>(suggestedCaptionLanguages[0]);
  const [otherTag, setOtherTag] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const submit = async () => {
    const lang = choice === OTHER ? otherTag.trim() : choice;
    if (!isCaptionLanguage(lang)) return setError(t('captions.badLanguage'));
    if (!file) return setError(t('captions.noFile'));
    setBusy(true);
    setError(null);
    if (await onAdd(file, lang)) onClose();
    else setBusy(false);
  };

  return (
    <Dialog
      title={t('captions.addTitle', { name: assetName })}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="captions-dialog"
      submitLabel={t('captions.add')}
      busy={busy}
      submitTestId="captions-add-submit"
    >
      <label className="field">
        <span className="field-label">{t('captions.language')}</span>
        <select
          className="input"
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
          data-autofocus
          data-testid="captions-language"
        >
          {suggestedCaptionLanguages.map((lang) => (
            <option key={lang} value={lang}>
              {t(`language.${lang}`)} ({lang})
            </option>
          ))}
          <option value={OTHER}>{t('captions.otherLanguage')}</option>
        </select>
      </label>
      {choice === OTHER && (
        <label className="field">
          <span className="field-label">{t('captions.languageTag')}</span>
          <input
            className="input"
            value={otherTag}
            placeholder="fr, es-MX, zh-TW"
            spellCheck={false}
            onChange={(event) => setOtherTag(event.target.value)}
            data-testid="captions-language-tag"
          />
          <span className="field-hint">{t('captions.languageTagHint')}</span>
        </label>
      )}
      <div className="field">
        <span className="field-label" id={`${id}-file`}>
          {t('captions.file')}
        </span>
        <span className="input-row">
          <button
            type="button"
            className="button"
            aria-describedby={`${id}-file`}
            onClick={() => fileInput.current?.click()}
          >
            {t('common.browse')}
          </button>
          <span className={file ? 'file-name' : 'file-name muted'}>
            {file ? file.name : t('captions.noFileChosen')}
          </span>
        </span>
        <input
          ref={fileInput}
          type="file"
          accept={captionAccept}
          hidden
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          data-testid="captions-file"
        />
        <span className="field-hint">{t('captions.fileHint')}</span>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
