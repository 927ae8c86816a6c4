/**
 * Tab indents list items and inserts a tab in code blocks; everywhere else Tab keeps its normal
 * meaning (move focus), so keyboard users are never trapped in the editor. Lexical's own
 * TabIndentationPlugin captures Tab everywhere, which is why it is not used.
 */
import { $isCodeNode } from '@lexical/code';
import { $isListItemNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  INDENT_CONTENT_COMMAND,
  INSERT_TAB_COMMAND,
  KEY_TAB_COMMAND,
  OUTDENT_CONTENT_COMMAND,
} from 'lexical';
import { useEffect } from 'react';

const MAX_LIST_DEPTH = 6;

export function ListTabPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event) => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          const anchor = selection.anchor.getNode();
          if ($findMatchingParent(anchor, $isCodeNode)) {
            if (event.shiftKey) return false;
            event.preventDefault();
            return editor.dispatchCommand(INSERT_TAB_COMMAND, undefined);
          }
          const item = $findMatchingParent(anchor, $isListItemNode);
          if (!$isListItemNode(item)) return false;
          event.preventDefault();
          if (event.shiftKey) return editor.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined);
          if (item.getIndent() >= MAX_LIST_DEPTH - 1) return true;
          return editor.dispatchCommand(INDENT_CONTENT_COMMAND, undefined);
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );

  return null;
}
