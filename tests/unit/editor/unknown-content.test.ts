/**
 * Issue 9, item 5: a lesson holding node types this editor does not know loads without losing
 * them: each block holding one is carried in a placeholder and serialized back verbatim.
 */
import { createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { LessonDocument } from '../../../electron/shared/model';
import { UnknownBlockNode } from '../../../renderer/src/editor/nodes/UnknownBlockNode';
import {
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

// The editor's full node set needs a browser (its views reach the studio's API); the core
// nodes and the placeholder are what this test is about.
const lessonNodes = [UnknownBlockNode];

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
