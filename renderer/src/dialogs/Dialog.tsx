/**
 * The one modal dialog. Built on the native <dialog> element opened with showModal(): the
 * browser makes the rest of the page inert (so focus cannot leave), puts it in the top layer
 * and turns Escape into a `cancel` event, which we route to `onClose`.
 */
import { useEffect, useEffectEvent, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons for the footer; with `submitLabel`, extra ones placed before Cancel and submit. */
  actions?: ReactNode;
  /** When given, the body is a form and Enter submits it. */
  onSubmit?: () => void;
  /** A form dialog's footer: Cancel and a submit button with this label. */
  submitLabel?: string;
  /** Work is under way: the submit button waits. */
  busy?: boolean;
  submitTestId?: string;
  testId?: string;
  wide?: boolean;
}

export function Dialog({
  title,
  onClose,
  children,
  actions,
  onSubmit,
  submitLabel,
  busy = false,
  submitTestId,
  testId,
  wide,
}: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const requestClose = useEffectEvent(() => onClose());

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnFocus =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    const focusTarget = dialog.querySelector<HTMLElement>('[data-autofocus]');
    focusTarget?.focus();
    const cancel = (event: Event) => {
      event.preventDefault();
      requestClose();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      dialog.close();
      // Give focus back to whatever opened the dialog, as a native modal would.
      if (returnFocus?.isConnected) returnFocus.focus();
    };
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };

  const body = (
    <>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        {actions}
        {submitLabel !== undefined && (
          <>
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className="button button-primary"
              disabled={busy}
              data-testid={submitTestId}
            >
              {submitLabel}
            </button>
          </>
        )}
      </div>
    </>
  );

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {onSubmit ? (
        <form onSubmit={submit} noValidate>
          {body}
        </form>
      ) : (
        body
      )}
    </dialog>
  );
}
