/**
 * The save of a form dialog: busy while it runs, closed when it succeeds, and on failure the
 * error in the user's language with the dialog left open on what was typed.
 */
import { useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';

export function useDialogSave(onClose: () => void) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      onClose();
    } catch (failure) {
      setError(errorText(t, failure));
      setBusy(false);
    }
  };

  return { busy, setBusy, error, setError, save };
}

/** A passing score typed into a field: a whole percentage, or null when it is not one. */
export function parsePassingScore(text: string): number | null {
  const score = Number(text);
  return text.trim() !== '' && Number.isInteger(score) && score >= 0 && score <= 100 ? score : null;
}
