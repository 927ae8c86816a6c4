/**
 * What the Export dialog says beyond "done" or "failed": the content an export left out
 * (a course with no lessons, a video still transcoding), and the offer to replace a
 * file that is not an earlier export, which the export refused to touch without asking.
 */
import type { ExportWarning } from '../../../electron/shared/model';
import { StudioError } from '../../../electron/shared/errors';
import { useT } from '../i18n/I18nProvider';

export function ExportWarnings({ warnings }: { warnings: ExportWarning[] }) {
  const t = useT();
  if (warnings.length === 0) return null;
  return (
    <div className="export-warnings" role="status" data-testid="export-warnings">
      <strong>{t('export.warnings')}</strong>
      <ul>
        {warnings.map((warning, index) => (
          <li key={index}>
            {warning.code === 'NO_LESSONS'
              ? t('export.warning.noLessons')
              : t(
                  warning.code === 'VIDEO_NOT_READY'
                    ? 'export.warning.videoNotReady'
                    : 'export.warning.videoMissing',
                  { lesson: warning.lesson, asset: warning.asset },
                )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The path of a file the user may choose to replace, when `error` is such a refusal. */
export function replaceablePath(error: unknown): string | null {
  const studioError = StudioError.from(error);
  if (studioError.code !== 'EXPORT_TARGET_EXISTS') return null;
  const details = (studioError as StudioError<'EXPORT_TARGET_EXISTS'>).details;
  return details?.replaceable === true && typeof details.path === 'string' ? details.path : null;
}

export function ReplaceOffer({ path, onReplace }: { path: string; onReplace: () => void }) {
  const t = useT();
  return (
    <div className="export-replace" role="alert" data-testid="export-replace">
      <p>{t('export.replaceConfirm', { path })}</p>
      <button
        type="button"
        className="button button-danger"
        onClick={onReplace}
        data-testid="export-replace-confirm"
      >
        {t('export.replace')}
      </button>
    </div>
  );
}
