/**
 * Issue 9, item 5: a lesson holding node types this editor does not know loads without losing
 * them: each block holding one is carried in a placeholder and serialized back verbatim.
 */
import { createEditor, DecoratorNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { LessonDocument } from '../../../electron/shared/model';
import {
  UNKNOWN_BLOCK,
  unwrapUnknownBlocks,
  wrapUnknownBlocks,
} from '../../../renderer/src/editor/plugins/lesson-loader/unknownContent';

const text = (value: string) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
});
const paragraph = (...children: unknown[]) => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children,
});

// The editor's own nodes are .tsx (compiled only for the browser); the e2e test
// (tests/e2e/unknown-content.spec.ts) runs them. Lexical's core nodes and a placeholder of the
// same serialized shape show what the wrapping does for the parser.
class Placeholder extends DecoratorNode<null> {
  __original: Record<string, unknown> = {};
  static override getType() {
    return UNKNOWN_BLOCK;
  }
  static override clone(node: Placeholder) {
    const copy = new Placeholder(node.__key);
    copy.__original = node.__original;
    return copy;
  }
  static override importJSON(json: Record<string, unknown>) {
    const node = new Placeholder();
    node.__original = json.original as Record<string, unknown>;
    return node;
  }
  override exportJSON() {
    return { type: UNKNOWN_BLOCK, version: 1, original: this.__original };
  }
  override createDOM(): never {
    throw new Error('Nothing is rendered without a DOM');
  }
  override isInline() {
    return false;
  }
  override updateDOM() {
    return false;
  }
  override decorate() {
    return null;
  }
}
const lessonNodes = [Placeholder];

/** A lesson from a newer version: a block-level "poll" and an inline "footnote". */
const newerLesson = {
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      paragraph(text('Before')),
      { type: 'poll', version: 3, question: 'Tea or coffee?', options: ['tea', 'coffee'] },
      paragraph(text('Middle'), { type: 'footnote', version: 1, note: 'see p. 4' }),
      paragraph(text('After')),
    ],
  },
} as unknown as LessonDocument;

describe('unknown lesson content', () => {
  it('loads every block and serializes the unknown ones back unchanged', () => {
    const editor = createEditor({
      nodes: lessonNodes,
      onError: (error) => {
        throw error;
      },
    });
    const isKnown = (type: string) => editor._nodes.has(type);
    const { doc, unknownTypes } = wrapUnknownBlocks(newerLesson, isKnown);
    expect(unknownTypes).toEqual(['footnote', 'poll']);

    editor.setEditorState(editor.parseEditorState(JSON.stringify(doc)));
    const saved = unwrapUnknownBlocks(
      editor.getEditorState().toJSON() as unknown as LessonDocument,
    );
    expect(saved.root.children).toHaveLength(4);
    expect(saved.root.children[1]).toEqual(newerLesson.root.children[1]);
    expect(saved.root.children[2]).toEqual(newerLesson.root.children[2]);
    expect(JSON.stringify(saved.root.children[3])).toContain('After');
  });

  it('leaves a document of known types as it is', () => {
    const known = { root: { ...newerLesson.root, children: [paragraph(text('Only'))] } };
    const result = wrapUnknownBlocks(known as unknown as LessonDocument, () => true);
    expect(result.unknownTypes).toEqual([]);
    expect(result.doc).toBe(known);
  });

  it('without the placeholders Lexical cuts the lesson short (what happened before)', () => {
    const errors: unknown[] = [];
    const editor = createEditor({ nodes: lessonNodes, onError: (error) => errors.push(error) });
    let blocks = -1;
    try {
      editor.setEditorState(editor.parseEditorState(JSON.stringify(newerLesson)));
      blocks = editor.getEditorState().toJSON().root.children.length;
    } catch (error) {
      errors.push(error);
    }
    expect(blocks === 4 && errors.length === 0).toBe(false);
  });
});
