/**
 * Inserts a block (image, table, divider) at the caret the way authors expect: an empty
 * paragraph at the caret is replaced instead of left behind as a gap, and there is always a
 * paragraph after the block to keep typing in.
 */
import { $insertNodeToNearestRoot } from '@lexical/utils';
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  type LexicalNode,
} from 'lexical';

export function $insertBlock(block: LexicalNode): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) {
    $getRoot().append(block);
  } else {
    const current = selection.anchor.getNode().getTopLevelElement();
    if (
      $isParagraphNode(current) &&
      current.getChildrenSize() === 0 &&
      current.getParent() === $getRoot()
    ) {
      current.replace(block);
    } else {
      $insertNodeToNearestRoot(block);
    }
  }
  if (!block.getNextSibling()) block.insertAfter($createParagraphNode());
}
