/**
 * Export: pick a package format and its options, where to write it, then watch the progress and
 * see what was written. The export is a job of the course's task runner (it also shows in the
 * job tray); Cancel (or Escape) cancels that job by its id, which leaves the path as it was,
 * and never another window's export. The path is a text field that starts next to the course file; the desktop app adds the
 * system's save dialog (a folder for a website, a file for a package).
 */
import { useId, useRef, useState } from 'react';
import type { ExportFormat, ExportResult } from '../../../electron/shared/model';
import { call, exportDownloadUrl, nativeDialogs, showInFolder } from '../api';
import { FileBrowserDialog } from '../files/FileBrowserDialog';
import { baseName, dirName, joinPath } from '../files/paths';
import { ProgressBar } from '../controls/ProgressBar';
import { Dialog } from '../dialogs/Dialog';
import { useT } from '../i18n/I18nProvider';
import { errorCode, errorText } from '../i18n/errorText';
import { useJobProgress } from '../jobs/useJobProgress';
import { formatBytes } from '../media/formatMedia';
import { defaultExportPath } from '../../../electron/shared/export-formats';
import { ExportWarnings, ReplaceOffer, replaceablePath } from './ExportNotices';
import { exportFormatInfo, exportFormatList } from './exportFormats';

type Run =
  | { status: 'idle' }
  /** `jobId` is null for the moment between asking for the export and hearing its id. */
  | { status: 'running'; jobId: string | null; cancelling: boolean }
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
  const [browsing, setBrowsing] = useState(false);
  const outPath = customPath ?? defaultExportPath(coursePath, format, zipSite);
  const selected = exportFormatInfo(format);
  const running = run.status === 'running';
  const progress = useJobProgress(running ? run.jobId : null);
  const fraction = progress?.fraction ?? 0;
  // A cancel pressed before the job's id arrived is carried out as soon as it does.
  const cancelRequested = useRef(false);

  // replaceExisting: the user confirmed replacing a file that is not an earlier export.
  const start = async (replaceExisting?: boolean) => {
    const target = outPath.trim();
    if (!target) return;
    cancelRequested.current = false;
    setRun({ status: 'running', jobId: null, cancelling: false });
    try {
      const { jobId } = await call('export.run', {
        format,
        outPath: target,
        options: {
          scoPerLesson: selected.perLesson ? scoPerLesson : undefined,
          zip: format === 'site' ? zipSite : undefined,
          mp4Only,
          replaceExisting,
        },
      });
      setRun((current) => (current.status === 'running' ? { ...current, jobId } : current));
      if (cancelRequested.current) void call('jobs.cancel', { jobId });
      const result = await call('export.result', { jobId });
      setRun({ status: 'done', result });
    } catch (error) {
      setRun(
        errorCode(error) === 'JOB_CANCELLED'
          ? { status: 'cancelled' }
          : { status: 'failed', error },
      );
    }
  };

  // Escape and the Cancel button cancel this dialog's export job; export.result then settles
  // as cancelled.
  const cancel = async () => {
    if (run.status !== 'running' || run.cancelling) return;
    setRun((current) =>
      current.status === 'running' ? { ...current, cancelling: true } : current,
    );
    if (run.jobId === null) {
      cancelRequested.current = true;
      return;
    }
    try {
      await call('jobs.cancel', { jobId: run.jobId });
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
              {nativeDialogs ? (
                <button
                  type="button"
                  className="button"
                  disabled={running}
                  onClick={() => void choosePath()}
                >
                  {t('export.choosePath')}
                </button>
              ) : (
                // No system dialog in a browser tab: the host's own folder browser instead.
                <button
                  type="button"
                  className="button"
                  disabled={running}
                  onClick={() => setBrowsing(true)}
                  data-testid="export-browse"
                >
                  {t('common.browse')}
                </button>
              )}
            </span>
            <span className="field-hint">{t('export.outPathHint')}</span>
          </label>
          {run.status === 'running' && (
            <div className="export-progress" data-testid="export-progress">
              <ProgressBar fraction={fraction} label={t('export.progress')} />
              <span className="muted">
                {run.cancelling
                  ? t('export.cancelling')
                  : t('export.writing', { percent: Math.floor(fraction * 100) })}
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
              <ExportResultActions path={run.result.path} />
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
      {browsing && (
        <FileBrowserDialog
          mode="folder"
          title={t('files.title')}
          startFolder={dirName(outPath)}
          onClose={() => setBrowsing(false)}
          onChoose={(folder) => {
            setBrowsing(false);
            setCustomPath(joinPath(folder, baseName(outPath)));
          }}
        />
      )}
    </Dialog>
  );
}

/** After an export: the written package in the file manager, or downloaded in a browser. */
function ExportResultActions({ path }: { path: string }) {
  const t = useT();
  if (showInFolder) {
    return (
      <button
        type="button"
        className="button button-small"
        onClick={() => void showInFolder?.(path)}
        data-testid="export-show-in-folder"
      >
        {t('export.showInFolder')}
      </button>
    );
  }
  const url = exportDownloadUrl(path);
  // A website written as a folder has no one file to download.
  if (!url || !/\.(zip|tar\.gz)$/i.test(path)) return null;
  return (
    <a
      className="button button-small"
      href={url}
      download={baseName(path)}
      data-testid="export-download"
    >
      {t('export.download')}
    </a>
  );
}
