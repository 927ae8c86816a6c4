/**
 * Block-level changes shared by the toolbar and the "/" menu, so both produce the same
 * document for the same choice.
 */
import { $createCodeNode, $isCodeNode } from '@lexical/code';
import {
  $isListNode,
  INSERT_CHECK_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  ListNode,
} from '@lexical/list';
import { $createHorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import {
  $createHeadingNode,
  $createQuoteNode,
  $isHeadingNode,
  $isQuoteNode,
} from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $createTableNodeWithDimensions } from '@lexical/table';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  $isRootOrShadowRoot,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';
import { $insertBlock } from './insertBlock';

export const blockTypes = [
  'paragraph',
  'h1',
  'h2',
  'h3',
  'bullet',
  'number',
  'check',
  'quote',
  'code',
] as const;
export type BlockType = (typeof blockTypes)[number];

/** The kind of block the selection starts in (reads the editor state; call inside read/update). */
export function $blockTypeOf(selection: RangeSelection): BlockType {
  const anchor = selection.anchor.getNode();
  const block =
    $findMatchingParent(anchor, (node) => {
      const parent = node.getParent();
      return parent !== null && $isRootOrShadowRoot(parent);
    }) ?? anchor.getTopLevelElement();
  if ($isListNode(block)) {
    const list = $getNearestNodeOfType(anchor, ListNode) ?? block;
    return list.getListType();
  }
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    return tag === 'h1' || tag === 'h2' ? tag : 'h3';
  }
  if ($isQuoteNode(block)) return 'quote';
  if ($isCodeNode(block)) return 'code';
  return 'paragraph';
}

const listCommands = {
  bullet: INSERT_UNORDERED_LIST_COMMAND,
  number: INSERT_ORDERED_LIST_COMMAND,
  check: INSERT_CHECK_LIST_COMMAND,
} as const;

/** Turns the selected blocks into `type`; choosing the current list type again ends the list. */
export function formatBlock(editor: LexicalEditor, type: BlockType): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const current = $blockTypeOf(selection);
    if (type === 'bullet' || type === 'number' || type === 'check') {
      if (current === type) $setBlocksType(selection, () => $createParagraphNode());
      else editor.dispatchCommand(listCommands[type], undefined);
      return;
    }
    $setBlocksType(selection, () => {
      switch (type) {
        case 'h1':
        case 'h2':
        case 'h3':
          return $createHeadingNode(type);
        case 'quote':
          return $createQuoteNode();
        case 'code':
          return $createCodeNode();
        default:
          return $createParagraphNode();
      }
    });
  });
}

/** A 3×3 table with a header row; the caret lands in its first cell. */
export function insertTable(editor: LexicalEditor): void {
  editor.update(() => {
    const table = $createTableNodeWithDimensions(3, 3, { rows: true, columns: false });
    $insertBlock(table);
    table.getFirstDescendant()?.selectStart();
  });
}

export function insertDivider(editor: LexicalEditor): void {
  editor.update(() => {
    const divider = $createHorizontalRuleNode();
    $insertBlock(divider);
    divider.getNextSibling()?.selectStart();
  });
}
