/**
 * Undo for a block's own fields (a quiz's question, choices and feedback; a video's title),
 * whose edits go into the Lexical node as they are typed. Each keystroke is its own update, so
 * without help one undo step would take back one character. Here a new undo step starts only
 * where the main text's would: in another field, or at the first letter of a new word; the
 * rest of the word (and the space after it) merges into that step. Ctrl+Z in such a field then
 * goes to the lesson's history (see plugins/decorator-inputs), so undo is one list in one order.
 */
import { HISTORY_MERGE_TAG, HISTORY_PUSH_TAG } from 'lexical';
import { startsNewWord } from './wordSteps';

/** Marks an element whose fields keep their edits in the lesson's history. */
export const lessonHistoryAttribute = 'data-lesson-history';

let lastField: Element | null = null;
let lastValue = '';

/** The history tag for the update that stores what was just typed into the focused field. */
export function fieldHistoryTag(): typeof HISTORY_MERGE_TAG | typeof HISTORY_PUSH_TAG {
  const field = document.activeElement;
  const value =
    field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value : null;
  const sameField = field !== null && field === lastField && value !== null;
  const previous = lastValue;
  lastField = field;
  lastValue = value ?? '';
  if (!sameField || value === null) return HISTORY_PUSH_TAG;
  return startsNewWord(previous, value) ? HISTORY_PUSH_TAG : HISTORY_MERGE_TAG;
}

/** Forgets the last field, so the next edit starts a new step (after an undo or redo). */
export function resetFieldHistory(): void {
  lastField = null;
  lastValue = '';
}
