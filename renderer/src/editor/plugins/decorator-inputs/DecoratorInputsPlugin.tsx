/**
 * Keys and clipboard events inside a block's own controls (a quiz's text fields, a video's
 * speed menu) belong to those controls. Lexical listens on the whole editable root, so without
 * this Enter in a quiz answer would split a paragraph elsewhere, Ctrl+Z would undo the lesson
 * and Backspace could delete the block. Handlers here run first and stop Lexical from acting;
 * the browser's own behaviour (typing, native paste) goes ahead.
 *
 * Undo and redo in fields whose edits live in the lesson (quiz, video title) are the one
 * exception: they step through the lesson's history, in which nodes/fieldHistory groups the
 * typing into words. The browser's own undo there would go one character at a time.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  COMMAND_PRIORITY_CRITICAL,
  COPY_COMMAND,
  CUT_COMMAND,
  KEY_DOWN_COMMAND,
  PASTE_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { lessonHistoryAttribute, resetFieldHistory } from '../../nodes/fieldHistory';

/** Undo (-1), redo (+1) or neither (0) for a key press, as the main text reads them. */
function historyStep(event: KeyboardEvent): -1 | 0 | 1 {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return 0;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 1 : -1;
  if (key === 'y' && !event.shiftKey) return 1;
  return 0;
}

/** Undo / redo typed in a lesson-history field: run on the lesson, keep focus in the field. */
function stepLessonHistory(editor: LexicalEditor, event: KeyboardEvent): boolean {
  const step = historyStep(event);
  const field = event.target;
  if (step === 0 || !(field instanceof HTMLElement)) return false;
  if (!field.closest(`[${lessonHistoryAttribute}]`)) return false;
  event.preventDefault();
  resetFieldHistory();
  editor.dispatchCommand(step < 0 ? UNDO_COMMAND : REDO_COMMAND, undefined);
  // Restoring an older state also restores its selection, in the text: the field keeps focus.
  const refocus = () => {
    if (field.isConnected && document.activeElement !== field) field.focus();
  };
  refocus();
  requestAnimationFrame(refocus);
  return true;
}

/** Whether an event comes from inside a decorator block rather than from the text. */
function fromDecorator(editor: LexicalEditor, event: Event | null): boolean {
  const target = event?.target;
  if (!(target instanceof Element) || target === editor.getRootElement()) return false;
  return target.closest('[data-lexical-decorator]') !== null;
}

export function DecoratorInputsPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const leaveToControl = (event: Event | null) => fromDecorator(editor, event);
    return mergeRegister(
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => leaveToControl(event) && (stepLessonHistory(editor, event) || true),
        COMMAND_PRIORITY_CRITICAL,
      ),
      editor.registerCommand(COPY_COMMAND, leaveToControl, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(CUT_COMMAND, leaveToControl, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(PASTE_COMMAND, leaveToControl, COMMAND_PRIORITY_CRITICAL),
    );
  }, [editor]);

  return null;
}
