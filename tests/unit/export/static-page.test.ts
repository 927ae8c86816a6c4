/** Lesson pages for platforms that drop scripts: questions out, a pointer to the quiz in. */
import { describe, expect, it } from 'vitest';
import { renderLessonHtml } from '../../../electron/shared/content';
import { withoutQuestions } from '../../../electron/core/export/formats/static-page';
import type { LessonDocument, SerializedNode } from '../../../electron/shared/model';

const text = (value: string): SerializedNode => ({ type: 'text', version: 1, text: value });
const quiz: SerializedNode = {
  type: 'quiz',
  version: 1,
  id: 'q1',
  kind: 'single',
  points: 1,
  prompt: 'Which one?',
  choices: [{ id: 'a', text: 'This one', correct: true }],
};
const doc = (...children: SerializedNode[]): LessonDocument => ({
  root: { type: 'root', version: 1, children },
});

describe('withoutQuestions', () => {
  it('drops quizzes anywhere, and video questions and chapters, then points to the quiz', () => {
    const video: SerializedNode = {
      type: 'video',
      version: 1,
      assetId: 'v1',
      chapters: [{ time: 0, title: 'Start' }],
      questions: [{ time: 1, quiz }],
    };
    const quote: SerializedNode = { type: 'quote', version: 1, children: [quiz, text('kept')] };
    const result = withoutQuestions(
      doc({ type: 'paragraph', version: 1, children: [text('Intro')] }, quiz, video, quote),
      'zh-CN',
    );
    expect(result.questions).toBe(3);
    const html = renderLessonHtml(result.doc, {
      assetUrl: () => '',
      videoSources: () => ({ mp4: 'v.mp4' }),
      language: 'zh-CN',
    });
    expect(html).not.toMatch(/<form|Which one\?|<button/);
    expect(html).toContain('kept');
    expect(html).toContain('<video');
    expect(html).toContain('请在本课之后的测验中回答本课的问题。');
  });

  it('adds no pointer to a lesson without questions', () => {
    const result = withoutQuestions(
      doc({ type: 'paragraph', version: 1, children: [text('Only text')] }),
      'en',
    );
    expect(result.questions).toBe(0);
    expect(result.doc.root.children).toHaveLength(1);
  });
});
