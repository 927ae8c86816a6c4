/**
 * "Check file": reads every stored media file of the open course and checks it against the
 * sha-256 it was stored under (project.verify), then names the damaged assets, so the author
 * knows which lectures to import again before a damaged file reaches learners.
 */
import { useEffect, useState } from 'react';
import type { MediaCheck } from '../../../electron/shared/model';
import { call } from '../api';
import { Dialog } from '../dialogs/Dialog';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';

type Check =
  | { status: 'running' }
  | { status: 'done'; report: MediaCheck }
  | { status: 'failed'; error: unknown };

export function CheckFileDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const [check, setCheck] = useState<Check>({ status: 'running' });

  useEffect(() => {
    let current = true;
    call('project.verify', {}).then(
      (report) => current && setCheck({ status: 'done', report }),
      (error: unknown) => current && setCheck({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, []);

  return (
    <Dialog
      title={t('check.title')}
      onClose={onClose}
      testId="check-file-dialog"
      actions={
        <button type="button" className="button" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <div className="check-report" role="status" data-testid="check-report">
        {check.status === 'running' && <p className="muted">{t('check.running')}</p>}
        {check.status === 'failed' && (
          <p className="form-error" role="alert">
            {errorText(t, check.error)}
          </p>
        )}
        {check.status === 'done' && check.report.ok && (
          <p data-testid="check-ok">{t('check.ok', { files: check.report.files })}</p>
        )}
        {check.status === 'done' && check.report.structure !== 'ok' && (
          <p className="form-error">{t('error.PROJECT_CORRUPT')}</p>
        )}
        {check.status === 'done' && check.report.damaged.length > 0 && (
          <>
            <p className="form-error">{t('check.damaged')}</p>
            <ul data-testid="check-damaged">
              {check.report.damaged.map((asset) => (
                <li key={asset.assetId}>
                  {t('check.damagedAsset', { name: asset.name, files: asset.files.join(', ') })}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Dialog>
  );
}
