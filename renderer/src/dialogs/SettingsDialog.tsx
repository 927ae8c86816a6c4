/**
 * App settings: the interface language ("same as system" is stored as null), and About:
 * what this computer gives the studio (AboutSection).
 */
import { useState } from 'react';
import { uiLanguages, type Settings, type UiLanguage } from '../../../electron/shared/model';
import { call } from '../api';
import { useT } from '../i18n/I18nProvider';
import { systemLanguage } from '../i18n/messages';
import { AboutSection } from './AboutSection';
import { Dialog } from './Dialog';
import { useDialogSave } from './useDialogSave';

const SYSTEM = 'system';

interface SettingsDialogProps {
  settings: Settings;
  onSaved: (settings: Settings) => void;
  onClose: () => void;
}

export function SettingsDialog({ settings, onSaved, onClose }: SettingsDialogProps) {
  const t = useT();
  const [choice, setChoice] = useState<string>(settings.uiLanguage ?? SYSTEM);
  const { busy, error, save } = useDialogSave(onClose);

  const submit = () =>
    save(async () => {
      const uiLanguage = choice === SYSTEM ? null : (choice as UiLanguage);
      onSaved(await call('settings.set', { uiLanguage }));
    });

  return (
    <Dialog
      title={t('settings.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="settings-dialog"
      submitLabel={t('common.save')}
      busy={busy}
      submitTestId="settings-save"
      wide
    >
      <label className="field">
        <span className="field-label">{t('settings.language')}</span>
        <select
          className="input"
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
          data-autofocus
          data-testid="settings-language"
        >
          <option value={SYSTEM}>
            {t('settings.systemLanguage', { language: t(`language.${systemLanguage()}`) })}
          </option>
          {uiLanguages.map((language) => (
            <option key={language} value={language}>
              {t(`language.${language}`)}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <AboutSection />
    </Dialog>
  );
}
