/** Top of the UI: picks the language, then shows the start screen or the open course. */
import { useEffect, useState } from 'react';
import { onMenu } from '../api';
import { I18nProvider, useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';
import { systemLanguage } from '../i18n/messages';
import { NotificationsProvider } from '../notifications/Notifications';
import { SettingsDialog } from '../dialogs/SettingsDialog';
import { StartScreen } from '../start/StartScreen';
import { StudioShell } from '../shell/StudioShell';
import { useBoot } from './useBoot';

export function App() {
  const { state, reload, setProject, setSettings } = useBoot();
  const [settingsOpen, setSettingsOpen] = useState(false);
  useEffect(
    () =>
      onMenu((command) => {
        if (command === 'settings') setSettingsOpen(true);
      }),
    [],
  );
  const language =
    (state.status === 'ready' ? state.settings.uiLanguage : null) ?? systemLanguage();

  return (
    <I18nProvider language={language}>
      <NotificationsProvider>
        {state.status === 'loading' && <Splash />}
        {state.status === 'failed' && <BootFailed error={state.error} onRetry={reload} />}
        {state.status === 'ready' &&
          (state.project ? (
            <StudioShell
              key={state.project.path}
              snapshot={state.project}
              onClosed={() => setProject(null)}
              onReplaced={setProject}
              onOpenSettings={() => setSettingsOpen(true)}
            />
          ) : (
            <StartScreen
              info={state.info}
              settings={state.settings}
              onOpened={setProject}
              onOpenSettings={() => setSettingsOpen(true)}
            />
          ))}
        {settingsOpen && state.status === 'ready' && (
          <SettingsDialog
            settings={state.settings}
            onSaved={setSettings}
            onClose={() => setSettingsOpen(false)}
          />
        )}
      </NotificationsProvider>
    </I18nProvider>
  );
}

function Splash() {
  const t = useT();
  return (
    <div className="splash" role="status">
      {t('common.loading')}
    </div>
  );
}

function BootFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  return (
    <div className="splash" role="alert">
      <p>{errorText(t, error)}</p>
      <button type="button" className="button button-primary" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
