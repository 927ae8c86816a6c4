/**
 * Settings → About: what `course-studio doctor` reports, asked of the core when the dialog
 * opens (`app.doctor`): the ffmpeg and ffprobe used, where they came from and what they can
 * do, Chromium, Electron, the temp folder, and what needs attention.
 */
import { useEffect, useState } from 'react';
import type { DoctorReport, DoctorTool } from '../../../electron/shared/doctor';
import { call } from '../api';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';
import '../styles/about.css';

/** The capabilities shown, in the order the issue names them; zscale stands for tone mapping. */
const shownFeatures = ['libx264', 'aac', 'hlsFmp4', 'zscale', 'loudnorm'] as const;

export function AboutSection() {
  const t = useT();
  const [report, setReport] = useState<DoctorReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('app.doctor', {}).then(
      (result) => live && setReport(result),
      (reason: unknown) => live && setError(errorText(t, reason)),
    );
    return () => {
      live = false;
    };
  }, [t]);

  const tool = (found: DoctorTool) =>
    found.found && found.path
      ? `${found.version ?? '?'}${found.year ? ` (${found.year})` : ''} · ${found.source ? t(`about.source.${found.source}`) : ''} · ${found.path}`
      : t('about.missing');

  return (
    <section className="about" aria-labelledby="about-title" data-testid="about">
      <h3 id="about-title" className="about-title">
        {t('about.title')}
      </h3>
      {error && (
        <p className="form-error" role="alert">
          {t('about.failed', { error })}
        </p>
      )}
      {!report && !error && <p className="muted">{t('about.loading')}</p>}
      {report && (
        <>
          <p data-testid="about-version">
            {t('about.version', {
              version: report.app.version,
              platform: report.app.platform,
              arch: report.app.arch,
            })}
          </p>
          <dl className="about-facts">
            <dt>{t('about.ffmpeg')}</dt>
            <dd data-testid="about-ffmpeg">{tool(report.ffmpeg)}</dd>
            {report.ffmpeg.features && (
              <>
                <dt>{t('about.capabilities')}</dt>
                <dd data-testid="about-capabilities">
                  {shownFeatures
                    .map((feature) => {
                      const features = report.ffmpeg.features!;
                      const has =
                        feature === 'zscale'
                          ? features.zscale && features.tonemap
                          : features[feature];
                      return `${t(`about.feature.${feature}`)}: ${t(has ? 'about.yes' : 'about.no')}`;
                    })
                    .join(' · ')}
                </dd>
              </>
            )}
            <dt>{t('about.ffprobe')}</dt>
            <dd data-testid="about-ffprobe">{tool(report.ffprobe)}</dd>
            <dt>{t('about.chromium')}</dt>
            <dd data-testid="about-chromium">
              {`${t(report.chromium.found ? 'about.found' : 'about.notFound')} · ${report.chromium.path}`}
            </dd>
            <dt>{t('about.electron')}</dt>
            <dd data-testid="about-electron">
              {t(
                report.electron.running
                  ? 'about.running'
                  : report.electron.found
                    ? 'about.found'
                    : 'about.notFound',
              )}
            </dd>
            <dt>{t('about.temp')}</dt>
            <dd data-testid="about-temp">
              {[
                report.temp.path,
                report.temp.freeBytes === null
                  ? null
                  : t('about.tempFree', { gb: (report.temp.freeBytes / 1e9).toFixed(1) }),
                report.temp.private === null
                  ? null
                  : t(report.temp.private ? 'about.tempPrivate' : 'about.tempShared'),
              ]
                .filter(Boolean)
                .join(' · ')}
            </dd>
          </dl>
          {report.warnings.length > 0 && (
            <>
              <h4 className="about-subtitle">{t('about.warnings')}</h4>
              <ul className="about-warnings" data-testid="about-warnings">
                {report.warnings.map((warning) => (
                  <li key={warning.code} data-code={warning.code}>
                    {t(`about.warning.${warning.code}`)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
