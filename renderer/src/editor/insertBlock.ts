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

/**
 * Where a block is to go once something slow (an upload) finishes: the caret's top-level node,
 * by key and by position. The position counts when the key has gone meanwhile, as it does
 * when the lesson is reloaded (another window saved it, or the import's first save came back),
 * so the block still lands where the caret was instead of at the end or the top.
 */
export interface BlockAnchor {
  key: string;
  index: number;
  /** The caret's block was an empty paragraph, which the block replaces. */
  empty: boolean;
}

export function $blockAnchor(): BlockAnchor | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const top = selection.anchor.getNode().getTopLevelElement();
  if (!top) return null;
  return { key: top.getKey(), index: top.getIndexWithinParent(), empty: $isEmptyParagraph(top) };
}

/** The anchor's node now: the same node if it is still there, else the one at its position. */
function $resolveAnchor(anchor: BlockAnchor): LexicalNode | null {
  const byKey = $getNodeByKey(anchor.key);
  if (byKey?.isAttached() && byKey.getParent() === $getRoot()) return byKey;
  const byIndex = $getRoot().getChildAtIndex(anchor.index);
  if (!byIndex) return null;
  // An empty paragraph that was the caret's must still be empty to be replaced.
  return anchor.empty && !$isEmptyParagraph(byIndex) ? null : byIndex;
}

/**
 * Inserts a block where `$blockAnchor` pointed: in place of that node if it is an empty
 * paragraph, else after it; at the end when neither the node nor its position is left.
 */
export function $insertBlockAt(block: LexicalNode, blockAnchor: BlockAnchor | null): void {
  // Without a caret (the text was never clicked) the block goes last, in place of the empty
  // paragraph a new lesson ends with rather than after it.
  const anchor = blockAnchor ? $resolveAnchor(blockAnchor) : $getRoot().getLastChild();
  if (!anchor) {
    $getRoot().append(block);
  } else if ($isEmptyParagraph(anchor)) {
    anchor.clear().replace(block);
  } else {
    anchor.insertAfter(block);
  }
  if (!block.getNextSibling()) block.insertAfter($createParagraphNode());
}
