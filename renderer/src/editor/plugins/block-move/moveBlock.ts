/** Moving top-level blocks: one step up or down, or before / after another block. */
import {
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isNodeSelection,
  $isRangeSelection,
  type LexicalNode,
  type NodeKey,
} from 'lexical';

/** The top-level block the selection is in (or the selected block itself). */
export function $selectedTopLevelBlock(): LexicalNode | null {
  const selection = $getSelection();
  if ($isRangeSelection(selection)) return selection.anchor.getNode().getTopLevelElement();
  if ($isNodeSelection(selection)) {
    const [node] = selection.getNodes();
    const top = node?.getTopLevelElement() ?? null;
    return top ?? (node?.getParent() === $getRoot() ? node : null);
  }
  return null;
}

/**
 * Swaps the block with its neighbour above (-1) or below (+1). The selection stays on the
 * nodes it was on, so the caret moves with the block. Returns whether anything moved.
 */
export function $moveBlock(block: LexicalNode, direction: -1 | 1): boolean {
  if (block.getParent() !== $getRoot()) return false;
  if (direction < 0) {
    const previous = block.getPreviousSibling();
    if (!previous) return false;
    previous.insertBefore(block);
  } else {
    const next = block.getNextSibling();
    if (!next) return false;
    next.insertAfter(block);
  }
  return true;
}

/** Puts the block `key` right before or after the block `targetKey` (a drop). */
export function $moveBlockTo(key: NodeKey, targetKey: NodeKey, after: boolean): void {
  const block = $getNodeByKey(key);
  const target = $getNodeByKey(targetKey);
  if (!block || !target || block.is(target)) return;
  if (block.getParent() !== $getRoot() || target.getParent() !== $getRoot()) return;
  if (after) target.insertAfter(block);
  else target.insertBefore(block);
}
