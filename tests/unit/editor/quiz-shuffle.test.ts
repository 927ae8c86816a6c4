import { describe, expect, it } from 'vitest';
import { readQuiz } from '../../../electron/shared/content';
import { exportQuizData, readQuizData } from '../../../renderer/src/editor/nodes/quiz/quizData';

const choices = [
  { id: 'a', text: 'A', correct: true },
  { id: 'b', text: 'B', correct: false },
];

describe('shuffled choices', () => {
  it('are on by default for single and multiple choice, never for true / false', () => {
    expect(readQuiz({ id: 'q', kind: 'single', points: 1, choices })?.shuffle).toBe(true);
    expect(readQuiz({ id: 'q', kind: 'multiple', points: 1, choices })?.shuffle).toBe(true);
    expect(readQuiz({ id: 'q', kind: 'truefalse', points: 1, choices })?.shuffle).toBeUndefined();
    expect(
      readQuiz({ id: 'q', kind: 'single', points: 1, choices, shuffle: false })?.shuffle,
    ).toBeUndefined();
    // One choice has no other order.
    expect(
      readQuiz({ id: 'q', kind: 'single', points: 1, choices: choices.slice(0, 1) })?.shuffle,
    ).toBeUndefined();
  });

  it('store only "off" in the quiz node, and keep it through a reload', () => {
    const on = exportQuizData(readQuizData({ id: 'q', kind: 'single', points: 1, choices }));
    expect(on).not.toHaveProperty('shuffle');
    const off = exportQuizData({ ...readQuizData(on), shuffle: false });
    expect(off.shuffle).toBe(false);
    expect(exportQuizData(readQuizData(off)).shuffle).toBe(false);
    // A kind that cannot shuffle does not carry the flag.
    expect(exportQuizData({ ...off, kind: 'truefalse' })).not.toHaveProperty('shuffle');
  });
});
