/**
 * Publish: choose a destination (or add one), send the course, and follow it to the end: the
 * platform's steps as they happen, then what it answered in its own words. A course that was
 * already sent unchanged is not sent again without asking. A refused readiness check lists
 * what to fix. Closing the dialog leaves the publish running in the job tray.
 */
import { useEffect, useState } from 'react';
import { StudioError } from '../../../electron/shared/errors';
import type { Publication, PublishProfileInfo } from '../../../electron/shared/publish';
import { publishStepText } from '../../../electron/shared/publish-messages';
import type { ReadinessReport } from '../../../electron/shared/readiness';
import { call, on } from '../api';
import { ProgressBar } from '../controls/ProgressBar';
import { Dialog } from '../dialogs/Dialog';
import { useT, useUiLanguage } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';
import { useJobProgress } from '../jobs/useJobProgress';
import { ReadinessList } from './CheckCourseDialog';
import { ProfileForm } from './ProfileForm';

type Run =
  | { status: 'idle' }
  | { status: 'running'; jobId: string; warnings: number }
  | { status: 'done'; publication: Publication }
  | { status: 'failed'; error: unknown; publication: Publication | null }
  | { status: 'cancelled' }
  | { status: 'unchanged'; publishedAt: string }
  | { status: 'notReady'; report: ReadinessReport };

interface PublishDialogProps {
  onGoTo: (lessonId: string, blockIndex: number | null) => void;
  onClose: () => void;
}

export function PublishDialog({ onGoTo, onClose }: PublishDialogProps) {
  const t = useT();
  const language = useUiLanguage();
  const [profiles, setProfiles] = useState<PublishProfileInfo[] | null>(null);
  const [selected, setSelected] = useState<string>('');
  const [editing, setEditing] = useState<PublishProfileInfo | 'new' | null>(null);
  const [run, setRun] = useState<Run>({ status: 'idle' });
  const runningJob = run.status === 'running' ? run.jobId : null;
  const progress = useJobProgress(runningJob);

  useEffect(() => {
    void call('profiles.list', {}).then((list) => {
      setProfiles(list);
      setSelected((current) => current || list[0]?.name || '');
      if (list.length === 0) setEditing('new');
    });
  }, []);

  // The job's end: read what was recorded.
  useEffect(() => {
    if (!runningJob) return;
    return on('job.changed', (job) => {
      if (job.id !== runningJob) return;
      if (job.state === 'done')
        void call('publications.list', {}).then(([publication]) =>
          setRun(publication ? { status: 'done', publication } : { status: 'idle' }),
        );
      else if (job.state === 'cancelled') setRun({ status: 'cancelled' });
      else if (job.state === 'failed') {
        const error = StudioError.from(job.error);
        if (error.code === 'PUBLISH_UNCHANGED')
          setRun({
            status: 'unchanged',
            publishedAt: (error as StudioError<'PUBLISH_UNCHANGED'>).details?.publishedAt ?? '',
          });
        else
          void call('publications.list', {}).then(([publication]) =>
            setRun({ status: 'failed', error, publication: publication ?? null }),
          );
      }
    });
  }, [runningJob]);

  const start = async (force = false) => {
    try {
      const { jobId, readiness } = await call('publish.run', { profile: selected, force });
      setRun({ status: 'running', jobId, warnings: readiness.warnings });
    } catch (error) {
      const studioError = StudioError.from(error);
      if (studioError.code === 'PUBLISH_NOT_READY') {
        const items = (studioError as StudioError<'PUBLISH_NOT_READY'>).details?.items ?? [];
        const blocks = items.filter((item) => item.severity === 'block').length;
        setRun({
          status: 'notReady',
          report: { ok: false, blocks, warnings: items.length - blocks, items },
        });
      } else setRun({ status: 'failed', error, publication: null });
    }
  };

  const busy = run.status === 'running';
  const profile = profiles?.find((entry) => entry.name === selected) ?? null;
  const date = (iso: string) => new Date(iso).toLocaleString(language === 'zh-CN' ? 'zh-CN' : 'en');

  return (
    <Dialog
      title={t('publish.title')}
      onClose={onClose}
      testId="publish-dialog"
      wide
      actions={
        <>
          {busy ? (
            <button
              type="button"
              className="button"
              onClick={() => runningJob && void call('jobs.cancel', { jobId: runningJob })}
              data-testid="publish-cancel"
            >
              {t('publish.cancel')}
            </button>
          ) : (
            <button type="button" className="button" onClick={onClose}>
              {t('common.close')}
            </button>
          )}
          <button
            type="button"
            className="button button-primary"
            disabled={busy || !profile || editing !== null}
            onClick={() => void start()}
            data-testid="publish-start"
          >
            {t('publish.start')}
          </button>
        </>
      }
    >
      {editing !== null ? (
        <ProfileForm
          profile={editing === 'new' ? null : editing}
          onSaved={(list, name) => {
            setProfiles(list);
            setSelected(name);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <div className="field">
          <label className="field-label" htmlFor="publish-destination">
            {t('publish.destination')}
          </label>
          <span className="input-row">
            <select
              id="publish-destination"
              className="input"
              value={selected}
              disabled={busy}
              onChange={(event) => {
                setSelected(event.target.value);
                setRun({ status: 'idle' });
              }}
              data-testid="publish-profile"
              data-autofocus
            >
              {(profiles ?? []).map((entry) => (
                <option key={entry.name} value={entry.name}>
                  {entry.name} · {t(`publish.kind.${entry.kind}`)}
                </option>
              ))}
            </select>
            {profile && (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => setEditing(profile)}
              >
                {t('publish.editDestination')}
              </button>
            )}
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => setEditing('new')}
              data-testid="publish-add-destination"
            >
              {t('publish.addDestination')}
            </button>
          </span>
          {profiles?.length === 0 && <span className="field-hint">{t('publish.noProfiles')}</span>}
        </div>
      )}

      <div className="publish-status" aria-live="polite" data-testid="publish-status">
        {run.status === 'running' && (
          <>
            <p>{t('publish.sending', { profile: selected })}</p>
            <ProgressBar
              fraction={progress?.fraction ?? null}
              label={t('publish.sending', { profile: selected })}
            />
            {progress && <p className="muted">{t('publish.phase', { phase: progress.phase })}</p>}
            {run.warnings > 0 && (
              <p className="muted">{t('publish.warnings', { warnings: run.warnings })}</p>
            )}
          </>
        )}
        {run.status === 'done' && <PublicationResult publication={run.publication} />}
        {run.status === 'failed' && (
          <div role="alert" data-testid="publish-failed">
            <p className="form-error">{t('publish.failed', { error: errorText(t, run.error) })}</p>
            {(run.publication?.messages.length ?? 0) > 0 && (
              <>
                <p>{t('publish.platformSaid')}</p>
                <pre className="platform-message">{run.publication!.messages.join('\n')}</pre>
              </>
            )}
          </div>
        )}
        {run.status === 'cancelled' && <p>{t('publish.cancelled')}</p>}
        {run.status === 'unchanged' && (
          <div role="alert" data-testid="publish-unchanged">
            <p>{t('publish.unchanged', { profile: selected, date: date(run.publishedAt) })}</p>
            <button
              type="button"
              className="button"
              onClick={() => void start(true)}
              data-testid="publish-again"
            >
              {t('publish.sendAgain')}
            </button>
          </div>
        )}
        {run.status === 'notReady' && (
          <div data-testid="publish-not-ready">
            <p className="form-error" role="alert">
              {t('publish.notReady')}
            </p>
            <ReadinessList
              report={run.report}
              onGoTo={(item) => {
                if (!item.lessonId) return;
                onGoTo(item.lessonId, item.blockIndex);
                onClose();
              }}
            />
          </div>
        )}
      </div>
    </Dialog>
  );
}

/** What a finished publish left: the platform's notes, or the teacher's next steps. */
function PublicationResult({ publication }: { publication: Publication }) {
  const t = useT();
  const language = useUiLanguage();
  if (publication.result === 'needs-action')
    return (
      <div data-testid="publish-needs-action">
        <p>{t('publish.needsAction', { profile: publication.profile })}</p>
        <ol>
          {publication.steps.map((step) => (
            <li key={step.key}>{publishStepText(step, language)}</li>
          ))}
        </ol>
      </div>
    );
  return (
    <div data-testid="publish-succeeded">
      <p>{t('publish.succeeded', { profile: publication.profile })}</p>
      {publication.messages.length > 0 && (
        <>
          <p>{t('publish.issues')}</p>
          <ul>
            {publication.messages.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
        </>
      )}
      {publication.url && /^https?:/.test(publication.url) && (
        <a href={publication.url} target="_blank" rel="noreferrer noopener">
          {t('publish.openResult')}
        </a>
      )}
    </div>
  );
}
