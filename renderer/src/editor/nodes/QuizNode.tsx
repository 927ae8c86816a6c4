/**
 * A quiz block: one question with its choices or accepted answers, feedback, explanation and
 * points. Serialized as the shared `SerializedQuizNode` (electron/shared/content/nodes.ts),
 * which the player, the preview and every exporter read; the types are the same declaration.
 */
import { BlockNode } from './BlockNode';
import {
  $applyNodeReplacement,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
  $getNodeByKey,
} from 'lexical';
import { lazy, Suspense, type JSX } from 'react';
import type { QuizData, SerializedQuizNode } from '../../../../electron/shared/content';
import { exportQuizData, newQuiz, readQuizData } from './quiz/quizData';

const QuizView = lazy(() => import('./QuizView'));

export class QuizNode extends BlockNode {
  __quiz: QuizData;

  static override getType(): string {
    return 'quiz';
  }

  static override clone(node: QuizNode): QuizNode {
    return new QuizNode(node.__quiz, node.__key);
  }

  /** Read defensively all the same: a stored document may come from an older version. */
  static override importJSON(json: SerializedQuizNode): QuizNode {
    return $createQuizNode(readQuizData(json));
  }

  constructor(quiz: QuizData, key?: NodeKey) {
    super(key);
    this.__quiz = quiz;
  }

  override exportJSON(): SerializedQuizNode {
    return { type: 'quiz', version: 1, ...exportQuizData(this.__quiz) };
  }

  /** Copied as HTML, a question keeps only its prompt: answers stay out of other documents. */
  override exportDOM(): DOMExportOutput {
    const element = document.createElement('p');
    element.textContent = this.__quiz.prompt;
    return { element };
  }

  getQuiz(): QuizData {
    return this.getLatest().__quiz;
  }

  setQuiz(quiz: QuizData): void {
    this.getWritable().__quiz = quiz;
  }

  override decorate(): JSX.Element {
    return (
      <Suspense fallback={null}>
        <QuizView
          nodeKey={this.getKey()}
          quiz={this.__quiz}
          $setQuiz={(quiz) => {
            const node = $getNodeByKey(this.getKey());
            if ($isQuizNode(node)) node.setQuiz(quiz);
          }}
        />
      </Suspense>
    );
  }
}

export function $createQuizNode(quiz: QuizData = newQuiz()): QuizNode {
  return $applyNodeReplacement(new QuizNode(quiz));
}

export function $isQuizNode(node: LexicalNode | null | undefined): node is QuizNode {
  return node instanceof QuizNode;
}
