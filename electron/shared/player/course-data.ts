/**
 * The data every exported page carries for the learner player, in `player/course-data.js`
 * (a script that assigns a global, because a page opened from file:// cannot fetch JSON).
 * Written by core/export, read by renderer/player: this file is the contract between them.
 */
import type { CourseLanguage } from '../model';
import type { Quiz } from '../content/quiz';

export const trackingModes = ['none', 'scorm12', 'scorm2004', 'cmi5'] as const;
export type TrackingMode = (typeof trackingModes)[number];

/** The global `course-data.js` assigns. */
export const courseDataGlobal = 'CourseStudioCourse';

export interface PlayerCourse {
  format: 1;
  /** The course's stable package id; keys saved progress in the browser. */
  id: string;
  /** Changes when lessons or questions change, so stale saved progress is discarded. */
  revision: string;
  title: string;
  language: CourseLanguage;
  /** Percent of quiz points needed to pass. */
  passingScore: number;
  tracking: TrackingMode;
  /** 'course': one tracked attempt for the whole course; 'lesson': each lesson page is its own. */
  scope: 'course' | 'lesson';
  /** What the landing page shows about the course. */
  about: PlayerCourseAbout;
  sections: PlayerSection[];
  lessons: PlayerLesson[];
  /** WebVTT text per video asset and language, for pages opened from file:// (else empty). */
  captions: Record<string, Record<string, string>>;
  /** The studio's preview: nothing is saved anywhere, and the player must not say it is. */
  preview?: true;
}

export interface PlayerCourseAbout {
  description: string;
  authors: string[];
  /** The licence as words ("Creative Commons Attribution 4.0 (CC BY 4.0)"), or empty. */
  license: string;
  /** A link to the licence's deed, when it has one. */
  licenseUrl: string | null;
  /** The cover image, relative to the site root, or null. */
  cover: string | null;
}

export interface PlayerSection {
  id: string;
  title: string;
  lessonIds: string[];
}

export interface PlayerLesson {
  id: string;
  title: string;
  sectionId: string;
  /** The lesson's own pass mark (percent); null when only the course's applies. */
  passingScore: number | null;
  /** The lesson's own page, relative to the site root. */
  href: string;
  /** The lesson body from renderLessonHtml. */
  html: string;
  /** Every question in the lesson, in document order, in-video questions included. */
  quizzes: Quiz[];
}

/** The key progress is stored under for one question. */
export function quizKey(lessonId: string, quizId: string): string {
  return `${lessonId}/${quizId}`;
}

/**
 * Whether a lesson body starts with the teacher's own top-level heading: the page then shows
 * that one instead of adding the lesson title above it, which would read as a second title.
 */
export function opensWithOwnTitle(html: string): boolean {
  return /^\s*<h1[\s>]/.test(html);
}
