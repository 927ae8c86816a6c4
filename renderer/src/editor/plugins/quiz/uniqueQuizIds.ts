/**
 * Quiz ids must be unique in a lesson: the player keeps answers by id and exports name QTI
 * items and SCORM interactions after them. Copy and paste (or duplicating a video with its
 * questions) would repeat them, so a block that arrives with an id already in use gets fresh
 * ones. Blocks that were there first keep theirs, because transforms only see changed nodes.
 */
import { $getRoot, type LexicalNode, type NodeKey } from 'lexical';
import { $isQuizNode, type QuizNode } from '../../nodes/QuizNode';
import { newItemId } from '../../nodes/quiz/quizData';
import { $isVideoNode, type VideoNode } from '../../nodes/VideoNode';

function quizIdsOf(node: LexicalNode): string[] {
  if ($isQuizNode(node)) return [node.getQuiz().id];
  if ($isVideoNode(node)) return node.getData().questions.map((question) => question.quiz.id);
  return [];
}

/** Quiz ids used by every block of the lesson but one. */
function $idsUsedElsewhere(except: NodeKey): Set<string> {
  const used = new Set<string>();
  for (const child of $getRoot().getChildren()) {
    if (child.getKey() !== except) for (const id of quizIdsOf(child)) used.add(id);
  }
  return used;
}

export function $keepQuizIdUnique(node: QuizNode): void {
  const quiz = node.getQuiz();
  if ($idsUsedElsewhere(node.getKey()).has(quiz.id)) node.setQuiz({ ...quiz, id: newItemId() });
}

export function $keepQuestionIdsUnique(node: VideoNode): void {
  const data = node.getData();
  const used = $idsUsedElsewhere(node.getKey());
  if (!data.questions.some((question) => used.has(question.quiz.id))) return;
  node.setData({
    ...data,
    questions: data.questions.map((question) =>
      used.has(question.quiz.id)
        ? { ...question, quiz: { ...question.quiz, id: newItemId() } }
        : question,
    ),
  });
}
