/**
 * What every block that React draws (image, video, quiz) has in common: a non-editable block
 * container styled by the theme entry of its type, no text of its own for Lexical to count.
 */
import { DecoratorNode, type EditorConfig } from 'lexical';
import type { JSX } from 'react';

export abstract class BlockNode extends DecoratorNode<JSX.Element> {
  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement('div');
    const themeClass: unknown = config.theme[this.getType()];
    element.className = typeof themeClass === 'string' ? themeClass : '';
    element.contentEditable = 'false';
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  override isInline(): boolean {
    return false;
  }

  override getTextContent(): string {
    return '';
  }
}
