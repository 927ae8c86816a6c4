/** The message tables by UI language, and the one function that fills in `{placeholders}`. */
import type { ErrorCode } from '../../../electron/shared/errors';
import type { UiLanguage } from '../../../electron/shared/model';
import { en, type MessageKey, type Messages } from './en';
import { zhCN } from './zh-CN';

export type { MessageKey, Messages };

export const messageTables: Record<UiLanguage, Messages> = { en, 'zh-CN': zhCN };

/** Fails to compile when a StudioError code has no translation. */
type UntranslatedErrorCodes = Exclude<`error.${ErrorCode}`, MessageKey>;
export const everyErrorCodeTranslated: [UntranslatedErrorCodes] extends [never] ? true : never =
  true;

export type MessageParams = Record<string, string | number>;

export function formatMessage(
  language: UiLanguage,
  key: MessageKey,
  params?: MessageParams,
): string {
  const template = messageTables[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The UI language to use when the user has not chosen one: follow the system. */
export function systemLanguage(): UiLanguage {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
