/**
 * Adds a captions file (SRT or WebVTT) to a video in a chosen language. Once a file and a
 * language are chosen it shows the first lines as they would be stored, so garbled text from
 * a wrongly detected encoding is seen (and another encoding picked) before anything is added.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { CaptionEncoding, CaptionPreview } from '../../../electron/shared/caption-encodings';
import { Dialog } from '../dialogs/Dialog';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';
import { captionAccept, isCaptionFile } from './mediaFiles';
import { isCaptionLanguage, suggestedCaptionLanguages } from './captionLanguages';

interface AddCaptionsDialogProps {
  assetName: string;
  onAdd: (file: File, lang: string, encoding?: CaptionEncoding) => Promise<boolean>;
  onPreview: (file: File, lang: string, encoding?: CaptionEncoding) => Promise<CaptionPreview>;
  onClose: () => void;
}

type PreviewState =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'ready'; preview: CaptionPreview }
  | { state: 'failed'; message: string };

interface PreviewOutcome {
  file: File;
  lang: string;
  encoding: CaptionEncoding | undefined;
  result: PreviewState;
}

const OTHER = 'other';

export function AddCaptionsDialog({
  assetName,
  onAdd,
  onPreview,
  onClose,
}: AddCaptionsDialogProps) {
  const t = useT();
  const id = useId();
  const [choice, setChoice] = useState<string>(suggestedCaptionLanguages[0]);
  const [otherTag, setOtherTag] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  /** The author's pick; undefined lets the studio detect it (weighted by the language). */
  const [encoding, setEncoding] = useState<CaptionEncoding | undefined>(undefined);
  const [outcome, setOutcome] = useState<PreviewOutcome | null>(null);
  const lang = choice === OTHER ? otherTag.trim() : choice;
  const previewable = file !== null && isCaptionFile(file) && isCaptionLanguage(lang);

  useEffect(() => {
    if (!file || !isCaptionFile(file) || !isCaptionLanguage(lang)) return;
    let current = true;
    const settle = (result: PreviewState) => {
      if (current) setOutcome({ file, lang, encoding, result });
    };
    onPreview(file, lang, encoding).then(
      (preview) => settle({ state: 'ready', preview }),
      (failure: unknown) => settle({ state: 'failed', message: errorText(t, failure) }),
    );
    return () => {
      current = false;
    };
  }, [file, lang, encoding, onPreview, t]);

  // An answer counts only for the inputs it was asked for; until it comes, the preview loads.
  const preview: PreviewState = !previewable
    ? { state: 'none' }
    : outcome && outcome.file === file && outcome.lang === lang && outcome.encoding === encoding
      ? outcome.result
      : { state: 'loading' };

  const submit = async () => {
    if (!isCaptionLanguage(lang)) return setError(t('captions.badLanguage'));
    if (!file) return setError(t('captions.noFile'));
    setBusy(true);
    setError(null);
    if (await onAdd(file, lang, encoding)) onClose();
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
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setEncoding(undefined);
          }}
          data-testid="captions-file"
        />
        <span className="field-hint">{t('captions.fileHint')}</span>
      </div>
      <CaptionPreviewPanel
        preview={preview}
        encoding={encoding}
        onEncoding={(next) => setEncoding(next)}
      />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}

function CaptionPreviewPanel({
  preview,
  encoding,
  onEncoding,
}: {
  preview: PreviewState;
  encoding: CaptionEncoding | undefined;
  onEncoding: (encoding: CaptionEncoding) => void;
}) {
  const t = useT();
  if (preview.state === 'none') return null;
  if (preview.state === 'loading')
    return <p className="field-hint">{t('captions.previewLoading')}</p>;
  if (preview.state === 'failed') {
    return (
      <p className="form-error" role="alert" data-testid="captions-preview-error">
        {preview.message}
      </p>
    );
  }
  const { encoding: shown, candidates, cues, lines } = preview.preview;
  const options = candidates.includes(shown) ? candidates : [shown, ...candidates];
  return (
    <div className="field" data-testid="captions-preview">
      <label className="field">
        <span className="field-label">{t('captions.encoding')}</span>
        <select
          className="input"
          value={encoding ?? shown}
          onChange={(event) => onEncoding(event.target.value as CaptionEncoding)}
          data-testid="captions-encoding"
        >
          {options.map((name) => (
            <option key={name} value={name}>
              {t(`captionEncoding.${name}`)}
            </option>
          ))}
        </select>
        <span className="field-hint">{t('captions.encodingHint')}</span>
      </label>
      <span className="field-label">
        {t('captions.previewTitle')} · {t('captions.previewCues', { count: cues })}
      </span>
      <ol className="caption-preview-lines" data-testid="captions-preview-lines">
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </div>
  );
}
