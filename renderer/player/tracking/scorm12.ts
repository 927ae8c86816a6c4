/**
 * SCORM 1.2: lesson_status carries completion and pass / fail together (passed / failed once
 * every question is final, completed for a course without questions, else incomplete);
 * score.raw is a percentage; progress lives in suspend_data within its 4,096 characters.
 * Each submitted answer is journaled as a new cmi.interactions.n.
 */
import { SCORM12_SUSPEND_LIMIT } from '../../../electron/shared/player/progress-codec';
import {
  readInteractionCount,
  scorm12Interaction,
  type AnsweredQuestion,
} from '../../../electron/shared/player/scorm-interactions';
import type { Scorm12Api } from './scorm-api';
import {
  elapsedSeconds,
  roundScore,
  type Tracker,
  type TrackerSave,
  type TrackerSession,
} from './tracker';

const finalStatuses = new Set(['passed', 'failed', 'completed']);

export class Scorm12Tracker implements Tracker {
  readonly suspendLimit = SCORM12_SUSPEND_LIMIT;
  private readonly started = Date.now();
  private status = '';
  private completed = false;
  private active = false;
  /** The index the next interaction is written at. */
  private interactions = 0;

  constructor(private readonly api: Scorm12Api) {}

  async start(): Promise<TrackerSession> {
    this.active = this.api.LMSInitialize('') === 'true';
    this.status = this.api.LMSGetValue('cmi.core.lesson_status');
    if (this.status === '' || this.status === 'not attempted')
      this.set('cmi.core.lesson_status', 'incomplete');
    this.completed = finalStatuses.has(this.status);
    const mastery = parseFloat(this.api.LMSGetValue('cmi.student_data.mastery_score'));
    // A resumed attempt keeps the interactions it journaled: number on after them.
    this.interactions = readInteractionCount(this.api.LMSGetValue('cmi.interactions._count'));
    this.api.LMSCommit('');
    return {
      suspendData: this.api.LMSGetValue('cmi.suspend_data') || null,
      location: this.api.LMSGetValue('cmi.core.lesson_location') || null,
      passingScore: Number.isFinite(mastery) ? mastery : null,
      review: this.api.LMSGetValue('cmi.core.lesson_mode') === 'review',
    };
  }

  save({ location, suspendData, result }: TrackerSave): void {
    if (!this.active) return;
    this.set('cmi.core.lesson_location', location.slice(0, 255));
    this.set('cmi.suspend_data', suspendData);
    if (result.scorePercent !== null) {
      this.set('cmi.core.score.min', '0');
      this.set('cmi.core.score.max', '100');
      this.set('cmi.core.score.raw', String(roundScore(result.scorePercent)));
    }
    let status = 'incomplete';
    if (result.passed !== null) status = result.passed ? 'passed' : 'failed';
    else if (result.completed) status = 'completed';
    // A status the LMS already recorded as final is never taken back to incomplete.
    if (!(status === 'incomplete' && finalStatuses.has(this.status))) this.setStatus(status);
    this.completed ||= result.completed;
    this.api.LMSCommit('');
  }

  /**
   * SCORM 1.2 interactions are write-only and many LMSs only append them, so they are a
   * journal: every answer is written at the next index and none is ever rewritten.
   */
  recordAnswer(answered: AnsweredQuestion): void {
    if (!this.active) return;
    const interaction = scorm12Interaction(answered);
    const at = `cmi.interactions.${this.interactions}`;
    // The id creates the entry; without it the rest would be refused too.
    if (!this.write(`${at}.id`, interaction.id)) return;
    this.interactions += 1;
    this.write(`${at}.type`, interaction.type);
    if (interaction.weighting !== null) this.write(`${at}.weighting`, interaction.weighting);
    this.write(`${at}.time`, interaction.time);
    this.write(`${at}.student_response`, interaction.student_response);
    this.write(`${at}.result`, interaction.result);
    interaction.correct_responses.forEach((pattern, index) =>
      this.write(`${at}.correct_responses.${index}.pattern`, pattern),
    );
  }

  async finish(): Promise<void> {
    if (!this.active) return;
    this.active = false;
    this.set('cmi.core.exit', this.completed ? '' : 'suspend');
    this.set('cmi.core.session_time', sessionTime(elapsedSeconds(this.started)));
    this.api.LMSCommit('');
    this.api.LMSFinish('');
  }

  private setStatus(status: string): void {
    if (status !== this.status) this.set('cmi.core.lesson_status', status);
    this.status = status;
  }

  private set(element: string, value: string): void {
    this.api.LMSSetValue(element, value);
  }

  /** A write the LMS may refuse (interactions are optional in 1.2) without harm to the course. */
  private write(element: string, value: string): boolean {
    try {
      return String(this.api.LMSSetValue(element, value)) === 'true';
    } catch {
      return false;
    }
  }
}

/** CMITimespan: HHHH:MM:SS. */
function sessionTime(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
