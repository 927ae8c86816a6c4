/** The publish history: what was sent where and when, and what the platform answered. */
import { useEffect, useState } from 'react';
import type { Publication } from '../../../electron/shared/publish';
import { call, on } from '../api';
import { Dialog } from '../dialogs/Dialog';
import { useT, useUiLanguage } from '../i18n/I18nProvider';
import { formatBytes } from '../media/formatMedia';

export function HistoryDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const language = useUiLanguage();
  const [publications, setPublications] = useState<Publication[] | null>(null);

  useEffect(() => {
    const load = () => void call('publications.list', {}).then(setPublications);
    load();
    return on('project.changed', (change) => {
      if (change.reason === 'publications') load();
    });
  }, []);

  return (
    <Dialog
      title={t('history.title')}
      onClose={onClose}
      testId="history-dialog"
      wide
      actions={
        <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
          {t('common.close')}
        </button>
      }
    >
      {publications?.length === 0 && <p className="muted">{t('history.empty')}</p>}
      {publications && publications.length > 0 && (
        <table className="history-table">
          <thead>
            <tr>
              <th scope="col">{t('history.when')}</th>
              <th scope="col">{t('history.destination')}</th>
              <th scope="col">{t('history.package')}</th>
              <th scope="col">{t('history.result')}</th>
            </tr>
          </thead>
          <tbody>
            {publications.map((entry) => (
              <tr key={entry.id} data-testid="history-row">
                <td>
                  {new Date(entry.publishedAt).toLocaleString(
                    language === 'zh-CN' ? 'zh-CN' : 'en',
                  )}
                </td>
                <td>
                  {entry.profile}
                  <span className="muted"> · {t(`publish.kind.${entry.kind}`)}</span>
                </td>
                <td>
                  {entry.format} · {formatBytes(entry.size)}
                  <span className="muted mono" title={entry.sha256}>
                    {' '}
                    {entry.sha256.slice(0, 12)}
                  </span>
                </td>
                <td>
                  <span className={`history-result is-${entry.result}`}>
                    {t(`history.result.${entry.result}`)}
                  </span>
                  {entry.messages.map((message, index) => (
                    <span key={index} className="history-message">
                      {message}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}
