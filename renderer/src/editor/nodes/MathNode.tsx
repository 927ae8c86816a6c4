/**
 * An equation written in LaTeX, either inside a line of text (inline) or on a line of its own.
 * The node keeps only the source; the editor shows a live KaTeX preview (MathView) and export
 * typesets it to HTML + MathML (electron/shared/content/math.ts). Serialized exactly as
 * `{ type: 'math', version: 1, latex, inline }` (SerializedMath in electron/shared/content).
 */
import {
  $applyNodeReplacement,
  $getNodeByKey,
  $isElementNode,
  DecoratorNode,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { lazy, Suspense, type JSX } from 'react';
import type { SerializedMath } from '../../../../electron/shared/content';

const MathView = lazy(() => import('./MathView'));

export class MathNode extends DecoratorNode<JSX.Element> {
  __latex: string;
  __inline: boolean;

  static override getType(): string {
    return 'math';
  }

  static override clone(node: MathNode): MathNode {
    return new MathNode(node.__latex, node.__inline, node.__key);
  }

  static override importJSON(json: Record<string, unknown>): MathNode {
    return $createMathNode(typeof json.latex === 'string' ? json.latex : '', json.inline === true);
  }

  constructor(latex: string, inline: boolean, key?: NodeKey) {
    super(key);
    this.__latex = latex;
    this.__inline = inline;
  }

  override exportJSON(): SerializedMath {
    return { type: 'math', version: 1, latex: this.__latex, inline: this.__inline };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement(this.__inline ? 'span' : 'div');
    const themeClass: unknown = config.theme[this.__inline ? 'mathInline' : 'mathBlock'];
    element.className = typeof themeClass === 'string' ? themeClass : '';
    element.contentEditable = 'false';
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    // Copying out of the studio carries the source, which other math editors read back.
    const element = document.createElement(this.__inline ? 'span' : 'div');
    element.textContent = this.__inline ? `\\(${this.__latex}\\)` : `\\[${this.__latex}\\]`;
    return { element };
  }

  override isInline(): boolean {
    return this.__inline;
  }

  override getTextContent(): string {
    return this.__latex;
  }

  getLatex(): string {
    return this.getLatest().__latex;
  }

  setLatex(latex: string): void {
    this.getWritable().__latex = latex;
  }

  override decorate(): JSX.Element {
    return (
      <Suspense fallback={<span>{this.__latex}</span>}>
        <MathView
          latex={this.__latex}
          inline={this.__inline}
          $commit={(latex, returnToText) => $commitMath(this.getKey(), latex, returnToText)}
        />
      </Suspense>
    );
  }
}

export function $createMathNode(latex: string, inline: boolean): MathNode {
  return $applyNodeReplacement(new MathNode(latex, inline));
}

/**
 * Ends an edit of the equation `key`: from the keyboard the caret goes right after it; an
 * equation left empty is removed, as it would render as nothing.
 */
function $commitMath(key: NodeKey, latex: string, returnToText: boolean): void {
  const node = $getNodeByKey(key);
  if (!$isMathNode(node)) return;
  if (returnToText) {
    const after = node.getNextSibling();
    if (!node.isInline() && $isElementNode(after)) after.selectStart();
    else node.selectNext(0, 0);
  }
  if (latex === '') node.remove();
  else if (latex !== node.getLatex()) node.setLatex(latex);
}

export function $isMathNode(node: LexicalNode | null | undefined): node is MathNode {
  return node instanceof MathNode;
}
