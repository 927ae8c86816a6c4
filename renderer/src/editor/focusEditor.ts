/**
 * Gives the lesson text the keyboard back after a control (an equation's field, the table
 * menu, a picker) had it, with the caret where the editor's selection says. `editor.focus()`
 * alone only re-applies the selection, which does not move focus out of another element, so
 * the next key press would land on that control or on nothing.
 */
import type { LexicalEditor } from 'lexical';

export function focusEditor(editor: LexicalEditor): void {
  editor.getRootElement()?.focus({ preventScroll: true });
  editor.focus();
}
