/**
 * Keys and clipboard events inside a block's own controls (a quiz's text fields, a video's
 * speed menu) belong to those controls. Lexical listens on the whole editable root, so without
 * this Enter in a quiz answer would split a paragraph elsewhere, Ctrl+Z would undo the lesson
 * and Backspace could delete the block. Handlers here run first and stop Lexical from acting;
 * the browser's own behaviour (typing, native paste) goes ahead.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  COMMAND_PRIORITY_CRITICAL,
  COPY_COMMAND,
  CUT_COMMAND,
  KEY_DOWN_COMMAND,
  PASTE_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';

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
      editor.registerCommand(KEY_DOWN_COMMAND, leaveToControl, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(COPY_COMMAND, leaveToControl, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(CUT_COMMAND, leaveToControl, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(PASTE_COMMAND, leaveToControl, COMMAND_PRIORITY_CRITICAL),
    );
  }, [editor]);

  return null;
}
