/**
 * Provides the UI language to every component. The language comes from settings, or from the
 * system when the user has not picked one; `<html lang>` follows it so screen readers and CJK
 * font selection do the right thing.
 */
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { UiLanguage } from '../../../electron/shared/model';
import { formatMessage, type MessageKey, type MessageParams } from './messages';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

interface I18nValue {
  language: UiLanguage;
  t: Translate;
}

const I18nContext = createContext<I18nValue>({
  language: 'en',
  t: (key, params) => formatMessage('en', key, params),
});

export function I18nProvider({
  language,
  children,
}: {
  language: UiLanguage;
  children: ReactNode;
}) {
  const value = useMemo<I18nValue>(
    () => ({ language, t: (key, params) => formatMessage(language, key, params) }),
    [language],
  );
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = formatMessage(language, 'app.name');
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The translate function for the current UI language. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}

export function useUiLanguage(): UiLanguage {
  return useContext(I18nContext).language;
}
