/**
 * One tracking interface, four implementations (none, SCORM 1.2, SCORM 2004, cmi5). The
 * player only ever talks to this: it hands over where the learner is, the encoded progress,
 * the result and each answer as it is submitted, and each implementation maps them onto its
 * platform's data model.
 */
import type { CourseResult } from '../../../electron/shared/player/progress';
import type { AnsweredQuestion } from '../../../electron/shared/player/scorm-interactions';

export interface TrackerSession {
  /** What `save` stored last time, if the platform kept it. */
  suspendData: string | null;
  location: string | null;
  /** A passing score (percent) the platform sets, overriding the course's own. */
  passingScore: number | null;
  /** Read-only review: the platform asks for no results to be recorded. */
  review: boolean;
  /** The learner's preferred player language from the platform (cmi5), if any. */
  language?: 'en' | 'zh-CN' | null;
  /** The learner asked for no audio (cmi5 audioPreference "off"): videos start muted. */
  audioOff?: boolean;
}

export interface TrackerSave {
  location: string;
  suspendData: string;
  result: CourseResult;
}

export interface Tracker {
  /** Longest suspend data the platform accepts. */
  readonly suspendLimit: number;
  start(): Promise<TrackerSession>;
  save(save: TrackerSave): void;
  /**
   * One submitted answer, for per-question reports (SCORM interactions). Called just before
   * the `save` that reports the new result, which commits it.
   */
  recordAnswer(answered: AnsweredQuestion): void;
  /** Ends the session; `unloading` when the page is going away (no waiting possible). */
  finish(unloading: boolean): Promise<void>;
}

/** Seconds since `since`, for session times. */
export function elapsedSeconds(since: number): number {
  return Math.max(0, Math.round((Date.now() - since) / 1000));
}

/** A score for the LMS: at most two decimals. */
export function roundScore(percent: number): number {
  return Math.round(percent * 100) / 100;
}

/** A percentage as a scaled score in 0..1 with four decimals, free of float noise. */
export function scaledScore(percent: number): number {
  return Math.round(percent * 100) / 10_000;
}
