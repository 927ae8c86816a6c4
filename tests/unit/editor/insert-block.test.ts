import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  createEditor,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import {
  $blockAnchor,
  $insertBlock,
  $insertBlockAt,
  type BlockAnchor,
} from '../../../renderer/src/editor/insertBlock';

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

describe('inserting a block where the caret was when a slow upload started', () => {
  /** Intro / (empty, caret) / Outro, then the caret's anchor is taken. */
  function startUpload(): { editor: LexicalEditor; anchor: BlockAnchor | null } {
    let anchor: BlockAnchor | null = null;
    const editor = editorWith(() => {
      const empty = $createParagraphNode();
      $getRoot().append(
        $createParagraphNode().append($createTextNode('Intro')),
        empty,
        $createParagraphNode().append($createTextNode('Outro')),
      );
      empty.select();
      anchor = $blockAnchor();
    });
    return { editor, anchor };
  }

  it('replaces the empty paragraph the caret was in', () => {
    const { editor, anchor } = startUpload();
    editor.update(() => $insertBlockAt(block(), anchor), { discrete: true });
    expect(texts(editor)).toEqual(['Intro', 'BLOCK', 'Outro']);
  });

  it('still lands at the caret after the lesson was reloaded meanwhile (new node keys)', () => {
    const { editor, anchor } = startUpload();
    // What the lesson loader does when the stored lesson comes back: every node is new.
    const json = JSON.stringify(editor.getEditorState().toJSON());
    editor.setEditorState(editor.parseEditorState(json));
    editor.update(() => $insertBlockAt(block(), anchor), { discrete: true });
    expect(texts(editor)).toEqual(['Intro', 'BLOCK', 'Outro']);
  });

  it("goes to the end when the caret's empty paragraph was typed into meanwhile and reloaded", () => {
    const { editor, anchor } = startUpload();
    editor.update(
      () => {
        const json = $getRoot().getChildAtIndex(1);
        json?.replace($createParagraphNode().append($createTextNode('typed')));
      },
      { discrete: true },
    );
    editor.update(() => $insertBlockAt(block(), anchor), { discrete: true });
    expect(texts(editor)).toEqual(['Intro', 'typed', 'Outro', 'BLOCK', '']);
  });

  it('without a caret replaces the empty paragraph a new lesson ends with, leaving no gap', () => {
    const editor = editorWith(() => {
      $getRoot().append(
        $createParagraphNode().append($createTextNode('Intro')),
        $createParagraphNode(),
      );
    });
    editor.update(() => $insertBlockAt(block(), null), { discrete: true });
    expect(texts(editor)).toEqual(['Intro', 'BLOCK', '']);
    editor.update(() => $insertBlockAt(block(), null), { discrete: true });
    expect(texts(editor)).toEqual(['Intro', 'BLOCK', 'BLOCK', '']);
  });
});
