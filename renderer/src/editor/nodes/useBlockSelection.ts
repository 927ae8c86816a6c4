/**
 * Selection for a block (image, video, quiz): a click on the block's own surface, not on one
 * of its controls, selects it as a whole, and Delete or Backspace then removes it. Keys typed into the block's controls never reach here (see
 * plugins/decorator-inputs).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getSelection,
  $isNodeSelection,
  CLICK_COMMAND,
  COMMAND_PRIORITY_LOW,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  type NodeKey,
} from 'lexical';
import { useEffect, type RefObject } from 'react';

const controls = 'input, textarea, select, button, a, video, label, summary, [role="slider"]';

export function useBlockSelection(nodeKey: NodeKey, frame: RefObject<HTMLElement | null>): boolean {
  const [editor] = useLexicalComposerContext();
  const [isSelected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);

  useEffect(() => {
    const removeIfSelected = (event: KeyboardEvent) => {
      if (!isSelected || !$isNodeSelection($getSelection())) return false;
      event.preventDefault();
      $getNodeByKey(nodeKey)?.remove();
      return true;
    };
    return mergeRegister(
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          const target = event.target;
          if (!(target instanceof Element) || !frame.current?.contains(target)) return false;
          if (target.closest(controls)) return false;
          if (!event.shiftKey) clearSelection();
          setSelected(true);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(KEY_DELETE_COMMAND, removeIfSelected, COMMAND_PRIORITY_LOW),
      editor.registerCommand(KEY_BACKSPACE_COMMAND, removeIfSelected, COMMAND_PRIORITY_LOW),
    );
  }, [clearSelection, editor, frame, isSelected, nodeKey, setSelected]);

  return isSelected;
}
