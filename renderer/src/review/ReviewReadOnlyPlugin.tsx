/**
 * Keeps the editor read-only in a review copy: whenever something makes it
 * editable (the lesson loader does after each load), it is made read-only again. The core
 * refuses content changes in a review copy anyway; this keeps the reviewer from typing edits
 * that could never be saved. Text stays selectable, so passages can still be commented on.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

export function ReviewReadOnlyPlugin({ readOnly }: { readOnly: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!readOnly) return;
    editor.setEditable(false);
    return editor.registerEditableListener((editable) => {
      if (editable) editor.setEditable(false);
    });
  }, [editor, readOnly]);
  return null;
}
