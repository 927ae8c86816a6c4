/**
 * Equations and scientific notation: inserts math nodes, and gives sub/superscript their
 * shortcuts (Ctrl+, and Ctrl+., as in Word and Google Docs).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
} from 'lexical';
import { useEffect } from 'react';
import { $insertBlock } from '../../insertBlock';
import { $createMathNode } from '../../nodes/MathNode';
import { INSERT_MATH_COMMAND } from './commands';

export function MathPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          INSERT_MATH_COMMAND,
          ({ inline }) => {
            const math = $createMathNode('', inline);
            const selection = $getSelection();
            if (inline && $isRangeSelection(selection)) $insertNodes([math]);
            else $insertBlock(math);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return false;
            const format =
              event.key === ',' ? 'subscript' : event.key === '.' ? 'superscript' : null;
            if (!format) return false;
            event.preventDefault();
            editor.dispatchCommand(FORMAT_TEXT_COMMAND, format);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  return null;
}
