/**
 * Inserts a block (image, table, divider) at the caret the way authors expect: an empty
 * paragraph at the caret is replaced instead of left behind as a gap, and there is always a
 * paragraph after the block to keep typing in.
 */
import { $insertNodeToNearestRoot } from '@lexical/utils';
import {
  $createParagraphNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  type LexicalNode,
  type ParagraphNode,
} from 'lexical';

/** A paragraph with nothing in it; an empty text node left by a removed "/query" counts too. */
function $isEmptyParagraph(node: LexicalNode | null): node is ParagraphNode {
  return (
    $isParagraphNode(node) &&
    node.getChildren().every((child) => $isTextNode(child) && child.getTextContent() === '')
  );
}

export function $insertBlock(block: LexicalNode): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) {
    $getRoot().append(block);
  } else {
    const current = selection.anchor.getNode().getTopLevelElement();
    if ($isEmptyParagraph(current) && current.getParent() === $getRoot()) {
      // Emptied text nodes go first, so the selection rests on the paragraph it leaves.
      current.clear().replace(block);
    } else {
      $insertNodeToNearestRoot(block);
    }
  }
  if (!block.getNextSibling()) block.insertAfter($createParagraphNode());
}

/** Where a block is to go once something slow (an upload) finishes: after this top-level node. */
export function $blockAnchorKey(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  return selection.anchor.getNode().getTopLevelElement()?.getKey() ?? null;
}

/**
 * Inserts a block where `$blockAnchorKey` pointed: in place of that node if it is an empty
 * paragraph, else after it; at the end when the node has gone meanwhile.
 */
export function $insertBlockAt(block: LexicalNode, anchorKey: string | null): void {
  const anchor = anchorKey ? $getNodeByKey(anchorKey) : null;
  if (!anchor || !anchor.isAttached() || anchor.getParent() !== $getRoot()) {
    $getRoot().append(block);
  } else if ($isEmptyParagraph(anchor)) {
    anchor.clear().replace(block);
  } else {
    anchor.insertAfter(block);
  }
  if (!block.getNextSibling()) block.insertAfter($createParagraphNode());
}
