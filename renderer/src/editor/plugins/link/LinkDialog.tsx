/** Asks for a link address and refuses anything but http(s) and mailto. */
import { useState } from 'react';
import { Dialog } from '../../../dialogs/Dialog';
import { useT } from '../../../i18n/I18nProvider';
import { isAllowedLinkUrl, normalizeLinkUrl } from './linkUrl';

interface LinkDialogProps {
  currentUrl: string | null;
  onApply: (url: string) => void;
  onRemove: () => void;
  onClose: () => void;
}

export function LinkDialog({ currentUrl, onApply, onRemove, onClose }: LinkDialogProps) {
  const t = useT();
  const [value, setValue] = useState(currentUrl ?? '');
  const [invalid, setInvalid] = useState(false);

  const submit = () => {
    const url = normalizeLinkUrl(value);
    if (!isAllowedLinkUrl(url)) {
      setInvalid(true);
      return;
    }
    onApply(url);
  };

  return (
    <Dialog
      title={t('link.title')}
      onClose={onClose}
      onSubmit={submit}
      testId="link-dialog"
      submitLabel={t('link.apply')}
      submitTestId="link-apply"
      actions={
        currentUrl !== null && (
          <button
            type="button"
            className="button button-ghost dialog-action-start"
            onClick={onRemove}
          >
            {t('editor.removeLink')}
          </button>
        )
      }
    >
      <label className="field">
        <span className="field-label">{t('link.url')}</span>
        <input
          className="input"
          type="url"
          value={value}
          spellCheck={false}
          placeholder={t('link.urlPlaceholder')}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'link-url-error' : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setInvalid(false);
          }}
          data-autofocus
          data-testid="link-url"
        />
      </label>
      {invalid && (
        <p id="link-url-error" className="form-error" role="alert">
          {t('link.invalid')}
        </p>
      )}
    </Dialog>
  );
}
