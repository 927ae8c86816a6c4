/** What the toolbar shows as active: block type, text formats, link, undo/redo availability. */
import { $isLinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
} from 'lexical';
import { useEffect, useState } from 'react';
import { $blockTypeOf, type BlockType } from '../../blockFormat';

export interface ToolbarState {
  blockType: BlockType;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  code: boolean;
  subscript: boolean;
  superscript: boolean;
  link: boolean;
  canUndo: boolean;
  canRedo: boolean;
  editable: boolean;
}

const initialState: ToolbarState = {
  blockType: 'paragraph',
  bold: false,
  italic: false,
  underline: false,
  strikethrough: false,
  code: false,
  subscript: false,
  superscript: false,
  link: false,
  canUndo: false,
  canRedo: false,
  editable: true,
};

export function useToolbarState(): ToolbarState {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState(initialState);

  useEffect(() => {
    const readSelection = () => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      const anchor = selection.anchor.getNode();
      const next = {
        blockType: $blockTypeOf(selection),
        bold: selection.hasFormat('bold'),
        italic: selection.hasFormat('italic'),
        underline: selection.hasFormat('underline'),
        strikethrough: selection.hasFormat('strikethrough'),
        code: selection.hasFormat('code'),
        subscript: selection.hasFormat('subscript'),
        superscript: selection.hasFormat('superscript'),
        link: $findMatchingParent(anchor, $isLinkNode) !== null,
      };
      // Most updates are keystrokes that change none of this; skip those re-renders.
      setState((current) =>
        (Object.keys(next) as (keyof typeof next)[]).every((key) => current[key] === next[key])
          ? current
          : { ...current, ...next },
      );
    };
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => editorState.read(readSelection)),
      editor.registerEditableListener((editable) =>
        setState((current) => ({ ...current, editable })),
      ),
      editor.registerCommand(
        CAN_UNDO_COMMAND,
        (canUndo) => {
          setState((current) => ({ ...current, canUndo }));
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        CAN_REDO_COMMAND,
        (canRedo) => {
          setState((current) => ({ ...current, canRedo }));
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor]);

  return state;
}
