/**
 * Export: pick a package format and its options, where to write it, then watch the progress and
 * see what was written. Cancel (or Escape) stops a running export, which leaves the path as it
 * was. The path is a text field that starts next to the course file; the desktop app adds the
 * system's save dialog (a folder for a website, a file for a package).
 */
import { useEffect, useId, useState } from 'react';
import type { ExportFormat, ExportResult } from '../../../electron/shared/model';
import { call, nativeDialogs, on } from '../api';
import { ProgressBar } from '../controls/ProgressBar';
import { Dialog } from '../dialogs/Dialog';
import { useT } from '../i18n/I18nProvider';
import { errorCode, errorText } from '../i18n/errorText';
import { formatBytes } from '../media/formatMedia';
import { ExportWarnings, ReplaceOffer, replaceablePath } from './ExportNotices';
import { defaultExportPath, exportFormatInfo, exportFormatList } from './exportFormats';

type Run =
  | { status: 'idle' }
  | { status: 'running'; outPath: string; fraction: number; cancelling: boolean }
  | { status: 'done'; result: ExportResult }
  | { status: 'cancelled' }
  | { status: 'failed'; error: unknown };

export function ExportDialog({ coursePath, onClose }: { coursePath: string; onClose: () => void }) {
  const t = useT();
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('scorm12');
  const [scoPerLesson, setScoPerLesson] = useState(false);
  const [zipSite, setZipSite] = useState(false);
  const [mp4Only, setMp4Only] = useState(false);
  const [customPath, setCustomPath] = useState<string | null>(null);
  const [run, setRun] = useState<Run>({ status: 'idle' });
  const outPath = customPath ?? defaultExportPath(coursePath, format, zipSite);
  const selected = exportFormatInfo(format);
  const running = run.status === 'running';
  const runningPath = running ? run.outPath : null;

  useEffect(() => {
    if (!runningPath) return;
    return on('export.progress', (progress) => {
      if (progress.outPath !== runningPath) return;
      setRun((current) =>
        current.status === 'running' ? { ...current, fraction: progress.fraction } : current,
      );
    });
  }, [runningPath]);

  // replaceExisting: the user confirmed replacing a file that is not an earlier export.
  const start = async (replaceExisting?: boolean) => {
    const target = outPath.trim();
    if (!target) return;
    setRun({ status: 'running', outPath: target, fraction: 0, cancelling: false });
    try {
      const result = await call('export.run', {
        format,
        outPath: target,
        options: {
          scoPerLesson: selected.perLesson ? scoPerLesson : undefined,
          zip: format === 'site' ? zipSite : undefined,
          mp4Only,
          replaceExisting,
        },
      });
      setRun({ status: 'done', result });
    } catch (error) {
      setRun(
        errorCode(error) === 'JOB_CANCELLED'
          ? { status: 'cancelled' }
          : { status: 'failed', error },
      );
    }
  };

  // Escape and the Cancel button stop a running export; export.run then settles as cancelled.
  const cancel = async () => {
    if (run.status !== 'running' || run.cancelling) return;
    setRun((current) =>
      current.status === 'running' ? { ...current, cancelling: true } : current,
    );
    try {
      await call('export.cancel', {});
    } catch (error) {
      setRun({ status: 'failed', error });
    }
  };
  const finished = run.status === 'done' || run.status === 'cancelled';

  const choosePath = async () => {
    const kind = format === 'site' && !zipSite ? 'folder' : 'file';
    const chosen = await nativeDialogs?.saveExport(outPath, kind);
    if (chosen) setCustomPath(chosen);
  };

  return (
    <Dialog
      title={t('export.title')}
      onClose={running ? () => void cancel() : onClose}
      onSubmit={() => void start()}
      testId="export-dialog"
      wide
      actions={
        <>
          {running ? (
            <button
              type="button"
              className="button"
              onClick={() => void cancel()}
              disabled={run.cancelling}
              data-testid="export-cancel"
            >
              {t('export.cancel')}
            </button>
          ) : (
            <button type="button" className="button" onClick={onClose}>
              {finished ? t('common.close') : t('common.cancel')}
            </button>
          )}
          <button
            type="submit"
            className="button button-primary"
            disabled={running || outPath.trim() === ''}
            data-testid="export-start"
          >
            {running ? t('export.running') : t('export.start')}
          </button>
        </>
      }
    >
      <div className="form-grid export-grid">
        <fieldset className="field format-list" disabled={running}>
          <legend className="field-label">{t('export.format')}</legend>
          {exportFormatList.map((item) => (
            <label
              key={item.format}
              className={item.format === format ? 'format-option is-selected' : 'format-option'}
            >
              <input
                type="radio"
                name={`${id}-format`}
                value={item.format}
                checked={item.format === format}
                onChange={() => {
                  setFormat(item.format);
                  setCustomPath(null);
                  setRun({ status: 'idle' });
                }}
                data-testid={`export-format-${item.format}`}
              />
              <span className="format-text">
                <span className="format-name">{t(item.label)}</span>
                <span className="field-hint">{t(item.hint)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="form-column">
          <fieldset className="field" disabled={running}>
            <legend className="field-label">{t('export.options')}</legend>
            {selected.perLesson && (
              <label className="check-option">
                <input
                  type="checkbox"
                  checked={scoPerLesson}
                  onChange={(event) => setScoPerLesson(event.target.checked)}
                />
                {t('export.scoPerLesson')}
              </label>
            )}
            {format === 'site' && (
              <label className="check-option">
                <input
                  type="checkbox"
                  checked={zipSite}
                  onChange={(event) => {
                    setZipSite(event.target.checked);
                    setCustomPath(null);
                  }}
                />
                {t('export.zipSite')}
              </label>
            )}
            <label className="check-option">
              <input
                type="checkbox"
                checked={mp4Only}
                onChange={(event) => setMp4Only(event.target.checked)}
              />
              {t('export.mp4Only')}
            </label>
          </fieldset>
          <label className="field">
            <span className="field-label">{t('export.outPath')}</span>
            <span className="input-row">
              <input
                className="input input-path"
                value={outPath}
                spellCheck={false}
                disabled={running}
                onChange={(event) => setCustomPath(event.target.value)}
                data-testid="export-path"
              />
              {nativeDialogs && (
                <button
                  type="button"
                  className="button"
                  disabled={running}
                  onClick={() => void choosePath()}
                >
                  {t('export.choosePath')}
                </button>
              )}
            </span>
            <span className="field-hint">{t('export.outPathHint')}</span>
          </label>
          {run.status === 'running' && (
            <div className="export-progress" data-testid="export-progress">
              <ProgressBar fraction={run.fraction} label={t('export.progress')} />
              <span className="muted">
                {run.cancelling
                  ? t('export.cancelling')
                  : t('export.writing', { percent: Math.floor(run.fraction * 100) })}
              </span>
            </div>
          )}
          {run.status === 'done' && (
            <div className="export-result" role="status" data-testid="export-result">
              <strong>{t('export.done')}</strong>
              <span className="input-path" data-testid="export-result-path">
                {run.result.path}
              </span>
              <span className="muted">
                {t('export.summary', {
                  size: formatBytes(run.result.bytes),
                  files: run.result.files,
                })}
              </span>
            </div>
          )}
          {run.status === 'cancelled' && (
            <div
              className="export-result is-cancelled"
              role="status"
              data-testid="export-cancelled"
            >
              <strong>{t('export.cancelled')}</strong>
              <span className="muted">{t('export.cancelledDetail')}</span>
            </div>
          )}
          {run.status === 'done' && <ExportWarnings warnings={run.result.warnings} />}
          {run.status === 'failed' &&
            (replaceablePath(run.error) !== null ? (
              <ReplaceOffer path={replaceablePath(run.error)!} onReplace={() => void start(true)} />
            ) : (
              <p className="form-error" role="alert" data-testid="export-error">
                {t('export.failed', { error: errorText(t, run.error) })}
              </p>
            ))}
        </div>
      </div>
    </Dialog>
  );
}
