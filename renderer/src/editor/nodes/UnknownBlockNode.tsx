/**
 * A placeholder for a block this version cannot show (see unknownContent.ts): it keeps the
 * block's JSON exactly as it came, shows what kind of content it is, and is put back as the
 * original when the lesson is serialized, so nothing of a newer version's lesson is lost.
 */
import type { DOMExportOutput, LexicalNode, NodeKey } from 'lexical';
import type { JSX } from 'react';
import {
  UNKNOWN_BLOCK,
  type SerializedUnknownBlock,
} from '../plugins/lesson-loader/unknownContent';
import { BlockNode } from './BlockNode';
import { UnknownBlockView } from './UnknownBlockView';

export class UnknownBlockNode extends BlockNode {
  __original: Record<string, unknown>;

  static override getType(): string {
    return UNKNOWN_BLOCK;
  }

  static override clone(node: UnknownBlockNode): UnknownBlockNode {
    return new UnknownBlockNode(node.__original, node.__key);
  }

  static override importJSON(json: Record<string, unknown>): UnknownBlockNode {
    const original = (json as Partial<SerializedUnknownBlock>).original;
    return new UnknownBlockNode(typeof original === 'object' && original !== null ? original : {});
  }

  constructor(original: Record<string, unknown>, key?: NodeKey) {
    super(key);
    this.__original = original;
  }

  override exportJSON(): SerializedUnknownBlock {
    return { type: UNKNOWN_BLOCK, version: 1, original: this.__original };
  }

  /** Copied elsewhere as HTML it is nothing: its meaning is unknown here. */
  override exportDOM(): DOMExportOutput {
    return { element: null };
  }

  override decorate(): JSX.Element {
    const type = typeof this.__original.type === 'string' ? this.__original.type : '?';
    return <UnknownBlockView type={type} />;
  }
}

export function $isUnknownBlockNode(
  node: LexicalNode | null | undefined,
): node is UnknownBlockNode {
  return node instanceof UnknownBlockNode;
}
