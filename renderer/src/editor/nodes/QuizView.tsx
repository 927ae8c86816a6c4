/**
 * How a QuizNode looks in the editor: the question's editing form inside a block frame. Edits
 * go into the node as they are typed, so autosave keeps them.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { type NodeKey, SKIP_DOM_SELECTION_TAG } from 'lexical';
import type { QuizData } from '../../../../electron/shared/content';
import { useT } from '../../i18n/I18nProvider';
import { BlockFrame } from './BlockFrame';
import { QuizForm } from './quiz/QuizForm';
import { fieldHistoryTag, lessonHistoryAttribute } from './fieldHistory';
import { useNodeDraft } from './useNodeDraft';

interface QuizViewProps {
  nodeKey: NodeKey;
  quiz: QuizData;
  /** Stores the quiz in the node, inside editor.update (passed in: the view never imports its node). */
  $setQuiz(quiz: QuizData): void;
}

export default function QuizView({ nodeKey, quiz, $setQuiz }: QuizViewProps) {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const t = useT();
  const [draft, change] = useNodeDraft(quiz, (next: QuizData) =>
    // The caret stays in the field being typed in: Lexical must not move it into the text.
    editor.update(() => $setQuiz(next), { tag: [SKIP_DOM_SELECTION_TAG, fieldHistoryTag()] }),
  );

  return (
    <BlockFrame
      nodeKey={nodeKey}
      kind="quiz"
      label={`${t('quiz.block')} · ${t(`quiz.kind.${draft.kind}`)}`}
      testId="quiz-block"
    >
      <div {...{ [lessonHistoryAttribute]: '' }}>
        <QuizForm quiz={draft} onChange={change} disabled={!editable} />
      </div>
    </BlockFrame>
  );
}
