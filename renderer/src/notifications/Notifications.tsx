/**
 * Short messages that do not belong to a form: a failed image upload, an outline change the
 * studio refused, a deletion that can still be undone. Errors stay until dismissed;
 * information fades after a few seconds, and a notice with an action (Undo) lasts its own time.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useT, type Translate } from '../i18n/I18nProvider';

type Kind = 'error' | 'info';

export interface NoticeAction {
  label: string;
  run: () => void;
}

/**
 * What a notice says: a sentence, or a function that words it in the current UI language (an
 * error keeps its code and details that way, and a language switch re-shows it translated).
 */
export type NoticeText = string | ((t: Translate) => string);

interface Notice {
  id: number;
  kind: Kind;
  text: NoticeText;
  action?: NoticeAction;
}

type Notify = (
  text: NoticeText,
  kind?: Kind,
  options?: { action?: NoticeAction; timeoutMs?: number },
) => /** Takes the notice away early (e.g. once its action was done another way). */ () => void;

const NotifyContext = createContext<Notify>(() => () => undefined);

let nextId = 1;

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [notices, setNotices] = useState<Notice[]>([]);

  const dismiss = useCallback((id: number) => {
    setNotices((current) => current.filter((notice) => notice.id !== id));
  }, []);

  const notify = useCallback<Notify>(
    (text, kind = 'error', options = {}) => {
      const id = nextId++;
      const { action, timeoutMs } = options;
      // The same error repeated (e.g. every retry) shows once.
      const words = (value: NoticeText) => (typeof value === 'string' ? value : value(t));
      setNotices((current) =>
        current.some((notice) => words(notice.text) === words(text))
          ? current
          : [...current.slice(-3), { id, kind, text, ...(action ? { action } : {}) }],
      );
      if (kind === 'info' || timeoutMs !== undefined)
        setTimeout(() => dismiss(id), timeoutMs ?? 4000);
      return () => dismiss(id);
    },
    [dismiss, t],
  );

  const value = useMemo(() => notify, [notify]);

  return (
    <NotifyContext.Provider value={value}>
      {children}
      <div className="notices" aria-live="polite">
        {notices.map((notice) => (
          <div
            key={notice.id}
            className={`notice notice-${notice.kind}`}
            role={notice.kind === 'error' ? 'alert' : 'status'}
            data-testid="notice"
          >
            <span>{typeof notice.text === 'string' ? notice.text : notice.text(t)}</span>
            {notice.action && (
              <button
                type="button"
                className="button button-small"
                data-testid="notice-action"
                onClick={() => {
                  dismiss(notice.id);
                  notice.action?.run();
                }}
              >
                {notice.action.label}
              </button>
            )}
            <button
              type="button"
              className="icon-button"
              aria-label={t('common.dismiss')}
              title={t('common.dismiss')}
              onClick={() => dismiss(notice.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  return useContext(NotifyContext);
}
