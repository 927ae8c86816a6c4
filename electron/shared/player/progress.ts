/**
 * A learner's progress through a course and what it adds up to. Pure functions, so the player
 * and the tests compute completion, score and pass / fail in exactly one way.
 */
import type { QuizAnswer } from '../content/quiz';
import { quizKey, type PlayerCourse, type PlayerLesson } from './course-data';

export interface QuizProgress {
  attempts: number;
  correct: boolean;
  /** No more attempts: answered correctly or out of attempts. */
  final: boolean;
  answer: QuizAnswer | null;
}

export interface Progress {
  /** The lesson the learner is on. */
  location: string | null;
  visited: Set<string>;
  quizzes: Map<string, QuizProgress>;
}

export interface CourseResult {
  /** Every lesson opened and every question answered for good. */
  completed: boolean;
  /** 0..1: lessons visited and questions finished, out of all of them. */
  progress: number;
  /** Percent of all quiz points earned; null when there are no questions. */
  scorePercent: number | null;
  /**
   * null until the course is completed (and always when it has no questions). Passing takes
   * the course's pass mark over all points and every lesson's own pass mark over its points.
   */
  passed: boolean | null;
  questions: number;
  /** Lessons with questions and a pass mark of their own, in course order. */
  lessonMarks: LessonMark[];
}

export interface LessonMark {
  lessonId: string;
  passingScore: number;
  scorePercent: number;
  /** null until every question of the lesson is final. */
  passed: boolean | null;
}

export function emptyProgress(): Progress {
  return { location: null, visited: new Set(), quizzes: new Map() };
}

/** The lessons one tracked attempt covers: the whole course, or one lesson page. */
export function lessonsInScope(course: PlayerCourse, pageLessonId: string | null): PlayerLesson[] {
  if (course.scope === 'lesson' && pageLessonId !== null) {
    return course.lessons.filter((lesson) => lesson.id === pageLessonId);
  }
  return course.lessons;
}

/** Completion, score and pass / fail of `lessons` for this progress. */
export function courseResult(
  lessons: PlayerLesson[],
  progress: Progress,
  passingScore: number,
): CourseResult {
  let steps = 0;
  let done = 0;
  let points = 0;
  let earned = 0;
  let questions = 0;
  const lessonMarks: LessonMark[] = [];
  for (const lesson of lessons) {
    steps += 1;
    if (progress.visited.has(lesson.id)) done += 1;
    let lessonPoints = 0;
    let lessonEarned = 0;
    let lessonFinal = true;
    for (const quiz of lesson.quizzes) {
      const state = progress.quizzes.get(quizKey(lesson.id, quiz.id));
      questions += 1;
      steps += 1;
      lessonPoints += quiz.points;
      if (state?.final) done += 1;
      else lessonFinal = false;
      if (state?.correct) lessonEarned += quiz.points;
    }
    points += lessonPoints;
    earned += lessonEarned;
    if (lesson.passingScore !== null && lesson.quizzes.length > 0) {
      const scorePercent = percentOf(lessonEarned, lessonPoints);
      lessonMarks.push({
        lessonId: lesson.id,
        passingScore: lesson.passingScore,
        scorePercent,
        passed: lessonFinal ? scorePercent >= lesson.passingScore : null,
      });
    }
  }
  const scorePercent = questions === 0 ? null : percentOf(earned, points);
  const completed = steps > 0 && done === steps;
  return {
    completed,
    progress: steps === 0 ? 1 : done / steps,
    scorePercent,
    // Decided once the learner has been through everything, as SCORM 1.2's lesson_status
    // (where passed implies completed) and the order LMSs expect in cmi5 both assume.
    passed:
      scorePercent === null || !completed
        ? null
        : scorePercent >= passingScore && lessonMarks.every((mark) => mark.passed === true),
    questions,
    lessonMarks,
  };
}

/** Percent with two decimals; all of nothing counts as full marks. */
function percentOf(earned: number, points: number): number {
  return points === 0 ? 100 : Math.round((earned / points) * 10_000) / 100;
}

/** The pass mark one tracked attempt uses when the platform sets none. */
export function defaultPassingScore(course: PlayerCourse, lessons: PlayerLesson[]): number {
  if (course.scope === 'lesson' && lessons.length === 1) {
    return lessons[0]!.passingScore ?? course.passingScore;
  }
  return course.passingScore;
}
