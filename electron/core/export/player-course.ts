/**
 * Builds the player's course data (`player/course-data.js`) from a snapshot: every lesson's
 * HTML from the one content renderer, its questions, and the outline.
 */
import { createHash } from 'node:crypto';
import { readQuiz, readVideo, renderLessonHtml, type Quiz } from '../../shared/content';
import type { LessonDocument } from '../../shared/model';
import {
  courseDataGlobal,
  type PlayerCourse,
  type PlayerLesson,
  type TrackingMode,
} from '../../shared/player/course-data';
import { licenseText, licenseUrl } from './formats/lom';
import type { MediaPlan } from './media-plan';
import type { ChunkReader } from './package-tree';
import { readSmallFile, type ExportSnapshot } from './snapshot';

export interface PlayerCourseOptions {
  tracking: TrackingMode;
  scope: 'course' | 'lesson';
  /** Put caption text into the data, for pages opened from file:// where `<track>` fails. */
  embedCaptions: boolean;
  /** Built for the studio's preview (see PlayerCourse.preview). */
  preview?: boolean;
}

/** The file name of a lesson's page, relative to the site root. */
export const lessonPageName = (lessonId: string) => `lesson-${lessonId}.html`;

/** Renders a lesson body with the package's media URLs. */
export function renderLessonBody(
  snapshot: ExportSnapshot,
  plan: MediaPlan,
  doc: LessonDocument,
): string {
  return renderLessonHtml(doc, {
    assetUrl: plan.imageUrl,
    videoSources: plan.videoSources,
    language: snapshot.course.language,
  });
}

/** Every question of a lesson in document order, in-video questions included; ids unique. */
export function lessonQuizzes(doc: LessonDocument): Quiz[] {
  const quizzes: Quiz[] = [];
  const seen = new Set<string>();
  const add = (quiz: Quiz | null) => {
    if (quiz && !seen.has(quiz.id)) {
      seen.add(quiz.id);
      quizzes.push(quiz);
    }
  };
  const walk = (node: unknown, depth: number) => {
    if (depth > 200 || typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (record.type === 'quiz') add(readQuiz(record));
    if (record.type === 'video')
      for (const question of readVideo(record)?.questions ?? []) add(question.quiz);
    if (Array.isArray(record.children)) for (const child of record.children) walk(child, depth + 1);
  };
  walk(doc.root, 0);
  return quizzes;
}

export function buildPlayerCourse(
  snapshot: ExportSnapshot,
  plan: MediaPlan,
  readChunk: ChunkReader,
  options: PlayerCourseOptions,
): PlayerCourse {
  const lessons: PlayerLesson[] = snapshot.lessons.map((lesson) => ({
    id: lesson.id,
    title: lesson.title,
    sectionId: lesson.sectionId,
    passingScore: lesson.passingScore,
    href: lessonPageName(lesson.id),
    html: renderLessonBody(snapshot, plan, lesson.doc),
    quizzes: lessonQuizzes(lesson.doc),
  }));
  const captions: PlayerCourse['captions'] = {};
  if (options.embedCaptions) {
    for (const assetId of snapshot.assets.keys()) {
      for (const caption of plan.captions(assetId)) {
        (captions[assetId] ??= {})[caption.lang] = readSmallFile(caption.file, readChunk).toString(
          'utf8',
        );
      }
    }
  }
  return {
    format: 1,
    id: snapshot.packageId,
    revision: courseRevision(lessons),
    title: snapshot.course.title,
    language: snapshot.course.language,
    passingScore: snapshot.course.passingScore,
    tracking: options.tracking,
    scope: options.scope,
    about: {
      description: snapshot.course.description,
      authors: snapshot.course.authors,
      license: snapshot.course.license ? licenseText(snapshot.course.license) : '',
      licenseUrl: licenseUrl(snapshot.course.license),
      cover: snapshot.course.coverAssetId
        ? plan.imageUrl(snapshot.course.coverAssetId) || null
        : null,
    },
    sections: snapshot.outline.map((section) => ({
      id: section.id,
      title: section.title,
      lessonIds: section.lessons.map((lesson) => lesson.id),
    })),
    lessons,
    captions,
    ...(options.preview ? { preview: true as const } : {}),
  };
}

/** What saved progress depends on: lesson order and each question's identity and choices. */
function courseRevision(lessons: PlayerLesson[]): string {
  const shape = lessons.map((lesson) => [
    lesson.id,
    lesson.quizzes.map((quiz) => [quiz.id, quiz.kind, quiz.choices.map((choice) => choice.id)]),
  ]);
  return createHash('sha256').update(JSON.stringify(shape)).digest('base64url').slice(0, 10);
}

/**
 * The course data as a script. `<` is escaped so no string in it can close a script element
 * or open a comment, whoever includes the file.
 */
export function courseDataScript(course: PlayerCourse): string {
  const json = JSON.stringify(course)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `window.${courseDataGlobal} = ${json};\n`;
}
