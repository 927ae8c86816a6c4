/**
 * SCORM 2004 4th edition: completion_status and success_status reported separately,
 * score.scaled in -1..1 (with raw / min / max), progress_measure, and location plus
 * suspend_data (64,000 characters) for resuming.
 */
import type { Scorm2004Api } from './scorm-api';
import {
  elapsedSeconds,
  roundScore,
  scaledScore,
  type Tracker,
  type TrackerSave,
  type TrackerSession,
} from './tracker';

export class Scorm2004Tracker implements Tracker {
  readonly suspendLimit = 64_000;
  private readonly started = Date.now();
  private completed = false;
  private success = 'unknown';
  private active = false;

  constructor(private readonly api: Scorm2004Api) {}

  async start(): Promise<TrackerSession> {
    this.active = this.api.Initialize('') === 'true';
    this.completed = this.api.GetValue('cmi.completion_status') === 'completed';
    this.success = this.api.GetValue('cmi.success_status') || 'unknown';
    if (!this.completed) this.api.SetValue('cmi.completion_status', 'incomplete');
    const scaled = parseFloat(this.api.GetValue('cmi.scaled_passing_score'));
    this.api.Commit('');
    return {
      suspendData: this.api.GetValue('cmi.suspend_data') || null,
      location: this.api.GetValue('cmi.location') || null,
      passingScore: Number.isFinite(scaled) ? roundScore(scaled * 100) : null,
      review: this.api.GetValue('cmi.mode') === 'review',
    };
  }

  save({ location, suspendData, result }: TrackerSave): void {
    if (!this.active) return;
    const set = (element: string, value: string) => this.api.SetValue(element, value);
    set('cmi.location', location.slice(0, 1000));
    set('cmi.suspend_data', suspendData);
    set('cmi.progress_measure', String(Math.round(result.progress * 1000) / 1000));
    if (result.scorePercent !== null) {
      set('cmi.score.min', '0');
      set('cmi.score.max', '100');
      set('cmi.score.raw', String(roundScore(result.scorePercent)));
      set('cmi.score.scaled', String(scaledScore(result.scorePercent)));
    }
    if (result.completed && !this.completed) {
      this.completed = true;
      set('cmi.completion_status', 'completed');
    }
    const success = result.passed === null ? this.success : result.passed ? 'passed' : 'failed';
    if (success !== 'unknown' && success !== this.success) set('cmi.success_status', success);
    this.success = success;
    this.api.Commit('');
  }

  async finish(): Promise<void> {
    if (!this.active) return;
    this.active = false;
    this.api.SetValue('cmi.exit', this.completed ? 'normal' : 'suspend');
    this.api.SetValue('cmi.session_time', `PT${elapsedSeconds(this.started)}S`);
    this.api.Commit('');
    this.api.Terminate('');
  }
}
