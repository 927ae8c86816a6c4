import { describe, expect, it } from 'vitest';
import { readQuiz, type Quiz } from '../../../electron/shared/content';
import {
  quizKey,
  type PlayerCourse,
  type PlayerLesson,
} from '../../../electron/shared/player/course-data';
import {
  courseResult,
  defaultPassingScore,
  emptyProgress,
  type Progress,
} from '../../../electron/shared/player/progress';
import {
  decodeProgress,
  encodeProgress,
  SCORM12_SUSPEND_LIMIT,
} from '../../../electron/shared/player/progress-codec';
import { parseWebVtt } from '../../../electron/shared/player/webvtt';
import { vttToSrt } from '../../../electron/core/media/caption-files';

const choiceQuiz = (id: string, points = 1): Quiz =>
  readQuiz({
    id,
    kind: 'multiple',
    points,
    prompt: id,
    choices: ['a', 'b', 'c', 'd', 'e', 'f'].map((c, i) => ({ id: c, correct: i < 2 })),
  })!;
const fillQuiz = (id: string): Quiz => readQuiz({ id, kind: 'fill', points: 1, answers: ['x'] })!;

function course(lessons: number, quizzesPerLesson: number): PlayerLesson[] {
  return Array.from({ length: lessons }, (_, l) => ({
    id: `lesson-${l}`,
    title: `Lesson ${l}`,
    sectionId: 's',
    passingScore: null,
    href: `lesson-${l}.html`,
    html: '',
    quizzes: Array.from({ length: quizzesPerLesson }, (_, q) =>
      q % 2 ? fillQuiz(`f${q}`) : choiceQuiz(`c${q}`),
    ),
  }));
}

describe('progress codec', () => {
  it('round-trips location, visited lessons and question states', () => {
    const lessons = course(5, 2);
    const progress = emptyProgress();
    progress.location = 'lesson-3';
    progress.visited = new Set(['lesson-0', 'lesson-1', 'lesson-3']);
    progress.quizzes.set(quizKey('lesson-0', 'c0'), {
      attempts: 2,
      correct: true,
      final: true,
      answer: { choices: ['a', 'b'] },
    });
    progress.quizzes.set(quizKey('lesson-1', 'f1'), {
      attempts: 1,
      correct: false,
      final: false,
      answer: { text: 'a.b~c%d 中文' },
    });
    const encoded = encodeProgress(progress, lessons, 'rev1');
    expect(decodeProgress(encoded, lessons, 'rev1')).toEqual(progress);
    // A changed course discards old progress instead of misreading it.
    expect(decodeProgress(encoded, lessons, 'rev2')).toBeNull();
    expect(decodeProgress('garbage', lessons, 'rev1')).toBeNull();
  });

  it("keeps a 300-lesson, 1,200-question course within SCORM 1.2's 4,096 characters", () => {
    const lessons = course(300, 4);
    const progress = emptyProgress();
    progress.location = 'lesson-299';
    for (const lesson of lessons) {
      progress.visited.add(lesson.id);
      for (const quiz of lesson.quizzes) {
        progress.quizzes.set(quizKey(lesson.id, quiz.id), {
          attempts: 3,
          correct: true,
          final: true,
          answer:
            quiz.kind === 'fill'
              ? { text: 'a rather long typed answer, repeated '.repeat(3) }
              : { choices: ['a', 'b'] },
        });
      }
    }
    const encoded = encodeProgress(progress, lessons, 'r', SCORM12_SUSPEND_LIMIT);
    expect(encoded.length).toBeLessThanOrEqual(4096);
    const decoded = decodeProgress(encoded, lessons, 'r')!;
    // Answers may be dropped to fit; what scores and completes survives.
    expect(courseResult(lessons, decoded, 80)).toEqual(courseResult(lessons, progress, 80));
    expect(decoded.location).toBe('lesson-299');
  });
});

describe('course result', () => {
  it('is completed and decides pass / fail only when every lesson is seen and every question final', () => {
    const lessons = course(2, 1);
    const progress = emptyProgress();
    progress.visited.add('lesson-0');
    progress.quizzes.set(quizKey('lesson-0', 'c0'), {
      attempts: 1,
      correct: true,
      final: true,
      answer: null,
    });
    expect(courseResult(lessons, progress, 50)).toEqual({
      completed: false,
      progress: 0.5,
      scorePercent: 50,
      passed: null,
      questions: 2,
      lessonMarks: [],
    });
    progress.visited.add('lesson-1');
    progress.quizzes.set(quizKey('lesson-1', 'c0'), {
      attempts: 3,
      correct: false,
      final: true,
      answer: null,
    });
    expect(courseResult(lessons, progress, 50)).toMatchObject({
      completed: true,
      progress: 1,
      scorePercent: 50,
      passed: true,
    });
    expect(courseResult(lessons, progress, 51)).toMatchObject({ passed: false });
    expect(
      courseResult(course(1, 0), { ...emptyProgress(), visited: new Set(['lesson-0']) }, 80),
    ).toMatchObject({ completed: true, scorePercent: null, passed: null });
  });
});

describe('lesson pass marks', () => {
  const answer = (progress: Progress, lesson: string, quiz: string, correct: boolean) =>
    progress.quizzes.set(quizKey(lesson, quiz), {
      attempts: 1,
      correct,
      final: true,
      answer: null,
    });

  it('decide a lesson once its questions are final, and the course only when all are reached', () => {
    const lessons = course(2, 2);
    lessons[1]!.passingScore = 100;
    const progress = emptyProgress();
    progress.visited = new Set(['lesson-0', 'lesson-1']);
    answer(progress, 'lesson-0', 'c0', true);
    answer(progress, 'lesson-0', 'f1', true);
    answer(progress, 'lesson-1', 'c0', true);
    expect(courseResult(lessons, progress, 50)).toMatchObject({
      completed: false,
      passed: null,
      lessonMarks: [{ lessonId: 'lesson-1', passingScore: 100, scorePercent: 50, passed: null }],
    });
    answer(progress, 'lesson-1', 'f1', false);
    // 75 % overall clears the course's 50 %, but lesson 1 needed all its points.
    expect(courseResult(lessons, progress, 50)).toMatchObject({
      completed: true,
      scorePercent: 75,
      passed: false,
      lessonMarks: [{ lessonId: 'lesson-1', scorePercent: 50, passed: false }],
    });
    lessons[1]!.passingScore = 50;
    expect(courseResult(lessons, progress, 50)).toMatchObject({ passed: true });
    expect(courseResult(lessons, progress, 80)).toMatchObject({ passed: false });
  });

  it('ignore a mark on a lesson without questions', () => {
    const lessons = course(1, 0);
    lessons[0]!.passingScore = 90;
    const progress = { ...emptyProgress(), visited: new Set(['lesson-0']) };
    expect(courseResult(lessons, progress, 80)).toMatchObject({ passed: null, lessonMarks: [] });
  });

  it("make a one-lesson attempt default to that lesson's mark", () => {
    const lessons = course(2, 1);
    lessons[0]!.passingScore = 65;
    const data = { passingScore: 80, scope: 'lesson' } as PlayerCourse;
    expect(defaultPassingScore(data, [lessons[0]!])).toBe(65);
    expect(defaultPassingScore(data, [lessons[1]!])).toBe(80);
    expect(defaultPassingScore({ ...data, scope: 'course' }, lessons)).toBe(80);
  });
});

describe('captions', () => {
  it('reads WebVTT cues and writes SRT', () => {
    const vtt =
      'WEBVTT\n\nNOTE a comment\n\n1\n00:00:01.000 --> 00:00:02.500 align:start\n<v Ann>Hello</v> <b>world</b>\n\n01:00:00.000 --> 01:00:01.000\n第二行\nline two\n';
    expect(parseWebVtt(vtt)).toEqual([
      { start: 1, end: 2.5, text: '<v Ann>Hello</v> <b>world</b>' },
      { start: 3600, end: 3601, text: '第二行\nline two' },
    ]);
    expect(vttToSrt(vtt)).toBe(
      '1\n00:00:01,000 --> 00:00:02,500\nHello <b>world</b>\n\n2\n01:00:00,000 --> 01:00:01,000\n第二行\nline two\n',
    );
  });
});
