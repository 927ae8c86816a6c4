import { describe, expect, it } from 'vitest';
import { gradeQuiz, readQuiz, renderLessonHtml } from '../../../electron/shared/content';
import type { SerializedNode } from '../../../electron/shared/model';
import { assetUrl, doc } from './builders';

const quiz = (fields: Record<string, unknown>): SerializedNode => ({
  type: 'quiz',
  version: 1,
  id: 'q1',
  points: 1,
  ...fields,
});
const single = quiz({
  kind: 'single',
  prompt: 'Pick <one> & "only" one',
  choices: [
    { id: 'a', text: 'A <b>', correct: true, feedback: 'Right' },
    { id: 'b', text: 'B', correct: false },
  ],
});

describe('renderLessonHtml: quizzes', () => {
  it('renders an accessible form with escaped text and no correct answers in the markup', () => {
    const html = renderLessonHtml(doc(single), { assetUrl });
    expect(html).toBe(
      '<form class="cs-quiz" data-quiz="q1" data-kind="single" data-points="1" aria-labelledby="cs-quiz-q1-prompt" novalidate><fieldset>' +
        '<legend id="cs-quiz-q1-prompt" class="cs-quiz-prompt">Pick &lt;one&gt; &amp; &quot;only&quot; one</legend>' +
        '<div class="cs-quiz-choices">' +
        '<div class="cs-quiz-choice"><input type="radio" id="cs-quiz-q1-0" name="cs-quiz-q1" value="a"><label for="cs-quiz-q1-0">A &lt;b&gt;</label></div>' +
        '<div class="cs-quiz-choice"><input type="radio" id="cs-quiz-q1-1" name="cs-quiz-q1" value="b"><label for="cs-quiz-q1-1">B</label></div>' +
        '</div></fieldset><p class="cs-quiz-points">1 point</p>' +
        '<div class="cs-quiz-actions"><button type="submit" class="cs-quiz-check">Check answer</button></div>' +
        '<div class="cs-quiz-feedback" role="status" aria-live="polite"></div></form>',
    );
    expect(html).not.toContain('Right');
    expect(html).not.toMatch(/correct/);
  });

  it('writes its own words in the course language and keeps element ids unique', () => {
    const tf = quiz({
      kind: 'truefalse',
      prompt: '?',
      choices: [
        { id: 't', text: '', correct: true },
        { id: 'f', text: '', correct: false },
      ],
    });
    const html = renderLessonHtml(doc(tf, tf), { assetUrl, language: 'zh-CN' });
    expect(html).toContain('>正确</label>');
    expect(html).toContain('>错误</label>');
    expect(html).toContain('提交答案');
    expect(html).toContain('id="cs-quiz-q1-prompt"');
    expect(html).toContain('id="cs-quiz-q1-2-prompt"');
  });

  it('renders fill-in questions as a labelled text box and drops unusable questions', () => {
    expect(
      renderLessonHtml(doc(quiz({ kind: 'fill', prompt: 'x', answers: ['y'] })), { assetUrl }),
    ).toContain(
      '<label for="cs-quiz-q1-answer">Your answer</label><input type="text" id="cs-quiz-q1-answer"',
    );
    expect(renderLessonHtml(doc(quiz({ kind: 'fill', answers: [' '] })), { assetUrl })).toBe('');
    expect(renderLessonHtml(doc(quiz({ kind: 'essay', choices: [] })), { assetUrl })).toBe('');
    expect(
      renderLessonHtml(
        doc(quiz({ id: '"><script>', kind: 'single', choices: [{ id: 'a', correct: true }] })),
        { assetUrl },
      ),
    ).toBe('');
  });
});

describe('renderLessonHtml: videos', () => {
  const video: SerializedNode = {
    type: 'video',
    version: 1,
    assetId: 'vid1',
    title: 'Clip "1" <a>',
    chapters: [
      { time: 65, title: 'Later & more' },
      { time: 0, title: 'Start' },
      { time: -1, title: 'bad' },
    ],
    questions: [
      {
        time: 30,
        quiz: {
          id: 'vq',
          kind: 'single',
          prompt: 'Q',
          points: 1,
          choices: [{ id: 'a', text: 'A', correct: true }],
        },
      },
    ],
  };

  it("renders the MP4, poster, captions, chapters and in-video questions from the caller's sources", () => {
    const html = renderLessonHtml(doc(video), {
      assetUrl,
      videoSources: (id) => ({
        mp4: `media/${id}/video.mp4`,
        hls: `media/${id}/hls/master.m3u8`,
        poster: `media/${id}/poster.jpg`,
        captions: [
          { lang: 'en', label: 'English', src: `media/${id}/captions/en.vtt` },
          { lang: 'x"><script>', label: 'bad', src: 'x' },
          { lang: 'zh-CN', label: '中文' },
        ],
      }),
    });
    expect(html).toContain(
      '<figure class="cs-video" data-asset="vid1" data-hls="media/vid1/hls/master.m3u8">',
    );
    expect(html).toContain(
      '<video controls preload="metadata" playsinline poster="media/vid1/poster.jpg" src="media/vid1/video.mp4" aria-label="Clip &quot;1&quot; &lt;a&gt;">' +
        '<track kind="captions" src="media/vid1/captions/en.vtt" srclang="en" label="English"></video>',
    );
    expect(html).toContain('<figcaption>Clip &quot;1&quot; &lt;a&gt;</figcaption>');
    expect(html).toContain(
      '<ol><li><button type="button" class="cs-chapter" data-time="0"><span class="cs-chapter-time">0:00</span> Start</button></li>' +
        '<li><button type="button" class="cs-chapter" data-time="65"><span class="cs-chapter-time">1:05</span> Later &amp; more</button></li></ol>',
    );
    expect(html).toContain(
      '<div class="cs-video-question" data-time="30"><p class="cs-video-question-time">Question at 0:30</p><form class="cs-quiz" data-quiz="vq"',
    );
    expect(html).not.toContain('script');
  });

  it('falls back to the asset chapters, and to the title alone when the asset is missing', () => {
    const bare: SerializedNode = { type: 'video', version: 1, assetId: 'vid1', title: 'T' };
    expect(
      renderLessonHtml(doc(bare), {
        assetUrl,
        videoSources: () => ({ mp4: 'v.mp4', chapters: [{ time: 3, title: 'C' }] }),
      }),
    ).toContain('data-time="3"');
    expect(renderLessonHtml(doc(bare), { assetUrl })).toBe(
      '<figure class="cs-video cs-video-missing" data-asset="vid1"><figcaption>T</figcaption></figure>',
    );
  });
});

describe('quiz grading', () => {
  it("grades each kind all-or-nothing and returns the chosen choices' feedback", () => {
    const q = readQuiz(single)!;
    expect(gradeQuiz(q, { choices: ['a'] })).toEqual({
      correct: true,
      score: 1,
      feedback: ['Right'],
    });
    expect(gradeQuiz(q, { choices: ['a', 'b'] })).toMatchObject({ correct: false, score: 0 });
    const multiple = readQuiz(
      quiz({
        kind: 'multiple',
        points: 3,
        choices: [{ id: 'a', correct: true }, { id: 'b', correct: true }, { id: 'c' }],
      }),
    )!;
    expect(gradeQuiz(multiple, { choices: ['b', 'a'] })).toMatchObject({ correct: true, score: 3 });
    expect(gradeQuiz(multiple, { choices: ['a'] })).toMatchObject({ correct: false });
    const fill = readQuiz(quiz({ kind: 'fill', answers: ['New York', '纽约'] }))!;
    expect(gradeQuiz(fill, { text: '  newyork ' }).correct).toBe(true);
    expect(gradeQuiz(fill, { text: 'ＮＥＷ　ＹＯＲＫ' }).correct).toBe(true);
    expect(gradeQuiz(fill, { text: '纽 约' }).correct).toBe(true);
    expect(gradeQuiz(fill, { text: 'Boston' }).correct).toBe(false);
  });

  it('normalises untrusted data: points clamped, duplicate choices dropped, attempts bounded', () => {
    const q = readQuiz(
      quiz({
        kind: 'single',
        points: 1e9,
        maxAttempts: -3,
        choices: [{ id: 'a', correct: true }, { id: 'a' }, { id: 'b/c' }],
      }),
    )!;
    expect(q).toMatchObject({ points: 1000, maxAttempts: 0 });
    expect(q.choices.map((c) => c.id)).toEqual(['a']);
  });
});
