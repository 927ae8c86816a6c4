/** What keeps a question from being asked, as messages the editor shows under it. */
import { maxQuizPoints, type QuizData } from '../../../../../electron/shared/content';
import type { MessageKey } from '../../../i18n/messages';

export function quizProblems(quiz: QuizData): MessageKey[] {
  const problems: MessageKey[] = [];
  if (quiz.prompt.trim() === '') problems.push('quiz.problem.noPrompt');
  if (quiz.kind === 'fill') {
    if (!(quiz.answers ?? []).some((answer) => answer.trim() !== ''))
      problems.push('quiz.problem.noAnswers');
  } else {
    const choices = quiz.choices ?? [];
    const correct = choices.filter((choice) => choice.correct).length;
    if (quiz.kind !== 'truefalse') {
      if (choices.length < 2) problems.push('quiz.problem.fewChoices');
      if (choices.some((choice) => choice.text.trim() === ''))
        problems.push('quiz.problem.emptyChoice');
    }
    if (correct === 0) problems.push('quiz.problem.noCorrect');
    else if (correct > 1 && quiz.kind !== 'multiple') problems.push('quiz.problem.oneCorrect');
  }
  if (!(quiz.points >= 0 && quiz.points <= maxQuizPoints)) problems.push('quiz.problem.points');
  return problems;
}
