import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  createEditor,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { $insertBlock } from '../../../renderer/src/editor/insertBlock';

function editorWith(build: () => void): LexicalEditor {
  const editor = createEditor({
    onError: (error) => {
      throw error;
    },
  });
  editor.update(build, { discrete: true });
  return editor;
}

const texts = (editor: LexicalEditor) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((node) => node.getTextContent()),
  );

const block = () => $createParagraphNode().append($createTextNode('BLOCK'));

describe('inserting a block at the caret', () => {
  it('replaces an empty paragraph, even one holding an empty text node left by the "/" menu', () => {
    const editor = editorWith(() => {
      const emptied = $createTextNode('');
      $getRoot().append(
        $createParagraphNode().append($createTextNode('Check what you learned.')),
        $createParagraphNode().append(emptied),
      );
      emptied.select(0, 0);
      $insertBlock(block());
    });
    expect(texts(editor)).toEqual(['Check what you learned.', 'BLOCK', '']);
  });

  it('goes after a paragraph with text, keeping the text', () => {
    const editor = editorWith(() => {
      const text = $createTextNode('Keep me');
      $getRoot().append($createParagraphNode().append(text));
      text.select(7, 7);
      $insertBlock(block());
    });
    expect(texts(editor)).toEqual(['Keep me', 'BLOCK', '']);
  });
});
