/**
 * SCORM 1.2: lesson_status carries completion and pass / fail together (passed / failed once
 * every question is final, completed for a course without questions, else incomplete);
 * score.raw is a percentage; progress lives in suspend_data within its 4,096 characters.
 */
import { SCORM12_SUSPEND_LIMIT } from '../../../electron/shared/player/progress-codec';
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

  constructor(private readonly api: Scorm12Api) {}

  async start(): Promise<TrackerSession> {
    this.active = this.api.LMSInitialize('') === 'true';
    this.status = this.api.LMSGetValue('cmi.core.lesson_status');
    if (this.status === '' || this.status === 'not attempted')
      this.set('cmi.core.lesson_status', 'incomplete');
    this.completed = finalStatuses.has(this.status);
    const mastery = parseFloat(this.api.LMSGetValue('cmi.student_data.mastery_score'));
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
}

/** CMITimespan: HHHH:MM:SS. */
function sessionTime(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
