/**
 * Quiz blocks: inserts a new single-choice question at the caret with its prompt focused, and
 * keeps quiz ids unique in the lesson when blocks are pasted or duplicated.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_LOW } from 'lexical';
import { useEffect } from 'react';
import { $insertBlock } from '../../insertBlock';
import { $createQuizNode, QuizNode } from '../../nodes/QuizNode';
import { VideoNode } from '../../nodes/VideoNode';
import { INSERT_QUIZ_COMMAND } from './commands';
import { $keepQuestionIdsUnique, $keepQuizIdUnique } from './uniqueQuizIds';

export function QuizPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(QuizNode, $keepQuizIdUnique),
        editor.registerNodeTransform(VideoNode, $keepQuestionIdsUnique),
        editor.registerCommand(
          INSERT_QUIZ_COMMAND,
          () => {
            const quiz = $createQuizNode();
            $insertBlock(quiz);
            const key = quiz.getKey();
            // The block's form renders after this update (and its lazy view loads): then focus it.
            const focusPrompt = (attempt: number) => {
              const prompt = editor
                .getElementByKey(key)
                ?.querySelector<HTMLTextAreaElement>('[data-testid="quiz-prompt"]');
              if (prompt) prompt.focus();
              else if (attempt < 20) setTimeout(() => focusPrompt(attempt + 1), 50);
            };
            setTimeout(() => focusPrompt(0), 0);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  return null;
}
