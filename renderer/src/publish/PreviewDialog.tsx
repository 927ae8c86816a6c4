/**
 * Preview: the learner player, built by `preview.lesson` / `preview.course` from the saved
 * course, in a frame. It is what an export contains, so what the author sees is what learners
 * get.
 *
 * The frame is sandboxed with `allow-scripts allow-forms allow-same-origin`: the player needs
 * scripts, its quizzes are forms (without allow-forms "Check answer" is silently blocked), and
 * its own requests (files, media, hls.js segment fetches, caption tracks) need a real origin.
 * That origin is never the studio's: the web host serves the preview from another loopback
 * port (server/preview-route.ts), Electron from studio-media:, so the frame cannot read the
 * studio's page, call its API or see its token. The sandbox still blocks top navigation,
 * pop-ups and dialogs.
 */
import { useEffect, useEffectEvent, useState } from 'react';
import type { PreviewPage } from '../../../electron/shared/model';
import { call, previewUrl } from '../api';
import { Dialog } from '../dialogs/Dialog';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';

export type PreviewTarget = { kind: 'lesson'; id: string; title: string } | { kind: 'course' };

interface PreviewDialogProps {
  target: PreviewTarget;
  /** Saves pending edits first, so the preview shows them. */
  beforePreview: () => Promise<unknown>;
  onClose: () => void;
}

type State =
  | { status: 'building' }
  | { status: 'ready'; page: PreviewPage }
  | { status: 'failed'; error: unknown };

export function PreviewDialog({ target, beforePreview, onClose }: PreviewDialogProps) {
  const t = useT();
  const [state, setState] = useState<State>({ status: 'building' });
  const [phone, setPhone] = useState(false);
  // Reload builds the preview again, with whatever was edited meanwhile.
  const [buildNumber, setBuildNumber] = useState(0);
  const lessonId = target.kind === 'lesson' ? target.id : null;
  const saveFirst = useEffectEvent(beforePreview);

  useEffect(() => {
    let cancelled = false;
    saveFirst()
      .then(() =>
        lessonId ? call('preview.lesson', { id: lessonId }) : call('preview.course', {}),
      )
      .then(
        (page) => !cancelled && setState({ status: 'ready', page }),
        (error: unknown) => !cancelled && setState({ status: 'failed', error }),
      );
    return () => {
      cancelled = true;
    };
  }, [lessonId, buildNumber]);

  const title =
    target.kind === 'lesson'
      ? t('preview.lessonTitle', { title: target.title })
      : t('preview.courseTitle');

  return (
    <Dialog
      title={title}
      onClose={onClose}
      testId="preview-dialog"
      wide
      actions={
        <>
          <label className="check-option dialog-action-start">
            <input
              type="checkbox"
              checked={phone}
              onChange={(event) => setPhone(event.target.checked)}
            />
            {t('preview.phone')}
          </label>
          <button
            type="button"
            className="button"
            onClick={() => {
              setState({ status: 'building' });
              setBuildNumber((n) => n + 1);
            }}
          >
            {t('preview.reload')}
          </button>
          <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
            {t('common.close')}
          </button>
        </>
      }
    >
      <div className={phone ? 'preview-stage is-phone' : 'preview-stage'}>
        {state.status === 'building' && <p className="muted">{t('preview.building')}</p>}
        {state.status === 'failed' && (
          <p className="form-error" role="alert">
            {errorText(t, state.error)}
          </p>
        )}
        {state.status === 'ready' && (
          <iframe
            key={buildNumber}
            className="preview-frame"
            title={title}
            src={previewUrl(state.page.entry)}
            sandbox="allow-scripts allow-forms allow-same-origin"
            allow="fullscreen"
            referrerPolicy="no-referrer"
            data-testid="preview-frame"
          />
        )}
      </div>
    </Dialog>
  );
}
