/** Turns any thrown value into a sentence in the user's language. */
import { StudioError } from '../../../electron/shared/errors';
import type { Translate } from './I18nProvider';
import type { MessageParams } from './messages';

export function errorText(t: Translate, error: unknown): string {
  const studioError = StudioError.from(error);
  // A failed fetch means the host went away; say that rather than "Failed to fetch".
  if (studioError.code === 'INTERNAL' && /fetch|network|Load failed/i.test(studioError.message)) {
    return t('error.offline');
  }
  if (studioError.code === 'INTERNAL') return t('error.INTERNAL', { message: studioError.message });
  return t(`error.${studioError.code}`, messageParams(studioError.toJSON().details));
}

/** The plain values of an error's details, for messages that name them ({neededGb}). */
function messageParams(details: Record<string, unknown> | undefined): MessageParams | undefined {
  if (!details) return undefined;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(details)) {
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  }
  return params;
}

export function errorCode(error: unknown): StudioError['code'] {
  return StudioError.from(error).code;
}
