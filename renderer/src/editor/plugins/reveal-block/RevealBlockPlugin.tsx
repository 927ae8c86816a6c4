/**
 * Shows one top-level block of the lesson and marks it until the teacher's next key or click:
 * where the readiness check's "Go to" lands. When the lesson is still loading (the editor is
 * read-only until then), it waits for the load's update so it never marks the previous
 * lesson's block.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect } from 'react';
import { LOAD_TAG } from '../lesson-loader/loadTag';

export interface RevealTarget {
  lessonId: string;
  blockIndex: number;
  /** A new object each time, so the same block can be revealed twice. */
  requestedAt: number;
}

const MARK_MS = 4000;

export function RevealBlockPlugin({
  lessonId,
  target,
}: {
  lessonId: string;
  target: RevealTarget | null;
}) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    if (!target || target.lessonId !== lessonId) return;
    const reveal = () => {
      const key = editor
        .getEditorState()
        .read(() => $getRoot().getChildAtIndex(target.blockIndex)?.getKey() ?? null);
      const block = key === null ? null : editor.getElementByKey(key);
      if (!block) return;
      block.scrollIntoView({ block: 'center' });
      block.classList.add('is-revealed');
      const unmark = () => {
        block.classList.remove('is-revealed');
        window.removeEventListener('keydown', unmark, true);
        window.removeEventListener('pointerdown', unmark, true);
      };
      window.addEventListener('keydown', unmark, true);
      window.addEventListener('pointerdown', unmark, true);
      setTimeout(unmark, MARK_MS);
      editor.getRootElement()?.focus({ preventScroll: true });
    };
    if (editor.isEditable()) {
      reveal();
      return;
    }
    const stop = editor.registerUpdateListener(({ tags }) => {
      if (!tags.has(LOAD_TAG)) return;
      stop();
      reveal();
    });
    return stop;
  }, [editor, lessonId, target]);

  return null;
}
