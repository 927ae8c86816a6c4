/**
 * Tells the lesson header whether the lesson asks anything (a quiz block, or a video with
 * questions), so a pass mark is only offered where there is something to pass.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type LexicalNode } from 'lexical';
import { useEffect } from 'react';
import { QuizNode } from '../../nodes/QuizNode';
import { VideoNode } from '../../nodes/VideoNode';

function $asksQuestions(node: LexicalNode): boolean {
  if (node instanceof QuizNode) return true;
  if (node instanceof VideoNode) return (node.getData().questions?.length ?? 0) > 0;
  return false;
}

export function QuestionPresencePlugin({ onChange }: { onChange: (has: boolean) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        // Blocks are top-level nodes, so one pass over the root's children is enough.
        onChange(editorState.read(() => $getRoot().getChildren().some($asksQuestions)));
      }),
    [editor, onChange],
  );
  return null;
}
