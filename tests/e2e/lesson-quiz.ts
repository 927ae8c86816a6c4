/**
 * Gives the first lesson a question over the contract, then reloads, for tests of what only
 * lessons with questions show (the pass mark button).
 */
import { expect, type Page } from '@playwright/test';
import { callStudio } from './studio-rpc';

export const sampleQuestion = {
  type: 'quiz',
  version: 1,
  id: 'q-sample',
  kind: 'single',
  points: 1,
  prompt: 'Which is a vector?',
  choices: [
    { id: 'v', text: 'Velocity', correct: true },
    { id: 'm', text: 'Mass', correct: false },
  ],
};

export async function addQuestionToFirstLesson(page: Page): Promise<void> {
  const outline = await callStudio(page, 'outline.get', {});
  const id = outline[0]?.lessons[0]?.id;
  if (!id) throw new Error('The course has no lesson');
  const lesson = await callStudio(page, 'lesson.get', { id });
  await callStudio(page, 'lesson.save', {
    id,
    doc: {
      root: {
        ...lesson.doc.root,
        type: 'root',
        children: [...lesson.doc.root.children, sampleQuestion],
      },
    },
    baseRevision: lesson.revision,
  });
  await page.reload();
  await expect(page.getByTestId('quiz-block')).toHaveCount(1);
}
