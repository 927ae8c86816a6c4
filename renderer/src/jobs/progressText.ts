/** A running job's progress as one line: "Converting 45% · 1.8× · 0:12 left". */
import type { JobProgress } from '../../../electron/shared/model';
import type { Translate } from '../i18n/I18nProvider';
import { formatClockTime, formatPercent, formatSpeed } from '../media/formatMedia';

export function progressText(t: Translate, progress: JobProgress | null): string {
  if (!progress) return t('jobs.starting');
  const parts = [`${phaseLabel(t, progress.phase)} ${formatPercent(progress.fraction)}`];
  if (progress.speed !== null && progress.speed > 0) parts.push(formatSpeed(progress.speed));
  if (progress.etaSeconds !== null && progress.etaSeconds > 0)
    parts.push(t('jobs.eta', { time: formatClockTime(progress.etaSeconds) }));
  return parts.join(' · ');
}

function phaseLabel(t: Translate, phase: string): string {
  if (phase === 'analyse') return t('jobs.phase.analyse');
  if (phase === 'transcode') return t('jobs.phase.transcode');
  if (phase === 'store') return t('jobs.phase.store');
  if (phase === 'write') return t('jobs.phase.write');
  return t('jobs.phase.working');
}
