/**
 * "Check course": the readiness report. What blocks a publish comes first; each item names its
 * lesson and has "Go to", which opens the lesson at the block it is about.
 */
import { useEffect, useState } from 'react';
import { readinessMessage } from '../../../electron/shared/readiness-messages';
import type { ReadinessItem, ReadinessReport } from '../../../electron/shared/readiness';
import { call } from '../api';
import { Dialog } from '../dialogs/Dialog';
import { useT, useUiLanguage } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';

interface CheckCourseDialogProps {
  onGoTo: (lessonId: string, blockIndex: number | null) => void;
  onClose: () => void;
}

export function CheckCourseDialog({ onGoTo, onClose }: CheckCourseDialogProps) {
  const t = useT();
  const [report, setReport] = useState<ReadinessReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    call('course.check', {}).then(
      (result) => current && setReport(result),
      (failure: unknown) => current && setError(errorText(t, failure)),
    );
    return () => {
      current = false;
    };
  }, [round, t]);

  return (
    <Dialog
      title={t('check.title')}
      onClose={onClose}
      testId="check-dialog"
      wide
      actions={
        <>
          <button
            type="button"
            className="button"
            onClick={() => {
              setReport(null);
              setError(null);
              setRound((n) => n + 1);
            }}
          >
            {t('check.again')}
          </button>
          <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
            {t('common.close')}
          </button>
        </>
      }
    >
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!report && !error && <p className="muted">{t('check.running')}</p>}
      {report && (
        <ReadinessList
          report={report}
          onGoTo={(item) => {
            if (!item.lessonId) return;
            onGoTo(item.lessonId, item.blockIndex);
            onClose();
          }}
        />
      )}
    </Dialog>
  );
}

/** The report's items, blocks first; also shown by the publish dialog when a publish is refused. */
export function ReadinessList({
  report,
  onGoTo,
}: {
  report: ReadinessReport;
  onGoTo?: (item: ReadinessItem) => void;
}) {
  const t = useT();
  const language = useUiLanguage();
  const items = [...report.items].sort(
    (a, b) => Number(b.severity === 'block') - Number(a.severity === 'block'),
  );
  return (
    <div className="readiness" data-testid="readiness">
      <p className={report.ok ? 'readiness-summary is-ok' : 'readiness-summary'} role="status">
        {report.ok && report.warnings === 0
          ? t('check.ready')
          : t('check.summary', { blocks: report.blocks, warnings: report.warnings })}
      </p>
      <ul className="readiness-list">
        {items.map((item, index) => (
          <li
            key={`${item.code}-${item.lessonId ?? ''}-${item.blockIndex ?? ''}-${index}`}
            className={`readiness-item is-${item.severity}`}
            data-testid={`readiness-${item.code}`}
          >
            <span className="readiness-badge">
              {item.severity === 'block' ? t('check.block') : t('check.warn')}
            </span>
            <span className="readiness-text">
              <span className="readiness-where">{item.lessonTitle ?? t('check.course')}</span>
              <span>{readinessMessage(item, language)}</span>
            </span>
            {item.lessonId && onGoTo && (
              <button type="button" className="button button-small" onClick={() => onGoTo(item)}>
                {t('check.goTo')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
