/** The message tables by UI language, and the one function that fills in `{placeholders}`. */
import type { ErrorCode } from '../../../electron/shared/errors';
import {
  formatMessage as formatSharedMessage,
  type MessageParams,
} from '../../../electron/shared/format-message';
import type { UiLanguage } from '../../../electron/shared/model';
import { en, type MessageKey, type Messages } from './en';
import type { UnfilledErrorPlaceholders } from './errorPlaceholders';
import { zhCN } from './zh-CN';

export type { MessageKey, Messages };

export const messageTables: Record<UiLanguage, Messages> = { en, 'zh-CN': zhCN };

/** Fails to compile when a StudioError code has no translation. */
type UntranslatedErrorCodes = Exclude<`error.${ErrorCode}`, MessageKey>;
export const everyErrorCodeTranslated: [UntranslatedErrorCodes] extends [never] ? true : never =
  true;

/** Fails to compile when an error message names a detail its code does not carry. */
export const everyErrorPlaceholderFilled: [
  UnfilledErrorPlaceholders<typeof en> | UnfilledErrorPlaceholders<typeof zhCN>,
] extends [never]
  ? true
  : never = true;

export type { MessageParams };

/** The message for `key` in `language`, with `{placeholders}` and plurals filled in. */
export function formatMessage(
  language: UiLanguage,
  key: MessageKey,
  params?: MessageParams,
): string {
  return formatSharedMessage(language, messageTables[language][key], params);
}

/** The UI language to use when the user has not chosen one: follow the system. */
export function systemLanguage(): UiLanguage {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
