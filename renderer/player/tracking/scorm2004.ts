/**
 * SCORM 2004 4th edition: completion_status and success_status reported separately,
 * score.scaled in -1..1 (with raw / min / max), progress_measure, and location plus
 * suspend_data (64,000 characters) for resuming. Each question answered is one
 * cmi.interactions.n, updated when the learner tries again.
 */
import {
  readInteractionCount,
  SCORM2004_MAX_INTERACTIONS,
  scorm2004Interaction,
  type AnsweredQuestion,
  type Scorm2004Interaction,
} from '../../../electron/shared/player/scorm-interactions';
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
  private interactionCount = 0;
  /** The index of each question's interaction, by interaction id. */
  private readonly interactionIndex = new Map<string, number>();

  constructor(private readonly api: Scorm2004Api) {}

  async start(): Promise<TrackerSession> {
    this.active = this.api.Initialize('') === 'true';
    this.completed = this.api.GetValue('cmi.completion_status') === 'completed';
    this.success = this.api.GetValue('cmi.success_status') || 'unknown';
    if (!this.completed) this.api.SetValue('cmi.completion_status', 'incomplete');
    const scaled = parseFloat(this.api.GetValue('cmi.scaled_passing_score'));
    // A resumed attempt keeps its interactions: find each question's, so a retry updates it.
    this.interactionCount = readInteractionCount(this.api.GetValue('cmi.interactions._count'));
    for (let n = 0; n < this.interactionCount; n += 1) {
      const id = this.api.GetValue(`cmi.interactions.${n}.id`);
      if (id) this.interactionIndex.set(id, n);
    }
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
    // A SCO with no questions has nothing to fail: it reports passed once completed. Left
    // unknown, its primary objective is never satisfied, and a strict sequencer's rollup
    // (SCORM 2004 4th ed. SN book, objective rollup with objectiveSetByContent) leaves the
    // whole course "completed / unknown" instead of "passed".
    const success =
      result.passed !== null
        ? result.passed
          ? 'passed'
          : 'failed'
        : result.questions === 0 && result.completed
          ? 'passed'
          : this.success;
    if (success !== 'unknown' && success !== this.success) set('cmi.success_status', success);
    this.success = success;
    this.api.Commit('');
  }

  /**
   * One interaction per question, updated in place on a retry, rather than a journal: 2004's
   * interactions can be read back, so a resumed attempt finds each question's index; LMS
   * reports such as Moodle's, which list interactions by index, then show one row per question
   * with the answer that counts, in line with the score; and a course stays within the 250
   * interactions every LMS must keep, however often the learner retries. scorm-again and
   * Moodle both accept the updates.
   */
  recordAnswer(answered: AnsweredQuestion): void {
    if (!this.active) return;
    const interaction = scorm2004Interaction(answered);
    const n = this.interactionIndex.get(interaction.id) ?? this.createInteraction(interaction);
    if (n === null) return;
    const at = `cmi.interactions.${n}`;
    this.write(`${at}.timestamp`, interaction.timestamp);
    this.write(`${at}.learner_response`, interaction.learner_response);
    this.write(`${at}.result`, interaction.result);
  }

  /**
   * Writes what never changes for a question at the next index; null when the LMS refused it.
   * Type and correct responses are written only here: Moodle clears the patterns when the type
   * is set again, and scorm-again refuses a choice pattern it already holds.
   */
  private createInteraction(interaction: Scorm2004Interaction): number | null {
    if (this.interactionCount >= SCORM2004_MAX_INTERACTIONS) return null;
    const n = this.interactionCount;
    const at = `cmi.interactions.${n}`;
    // The id creates the entry; without it the rest would be refused too.
    if (!this.write(`${at}.id`, interaction.id)) return null;
    this.interactionCount += 1;
    this.interactionIndex.set(interaction.id, n);
    this.write(`${at}.type`, interaction.type);
    this.write(`${at}.description`, interaction.description);
    this.write(`${at}.weighting`, interaction.weighting);
    interaction.correct_responses.forEach((pattern, index) =>
      this.write(`${at}.correct_responses.${index}.pattern`, pattern),
    );
    return n;
  }

  async finish(): Promise<void> {
    if (!this.active) return;
    this.active = false;
    this.api.SetValue('cmi.exit', this.completed ? 'normal' : 'suspend');
    this.api.SetValue('cmi.session_time', `PT${elapsedSeconds(this.started)}S`);
    this.api.Commit('');
    this.api.Terminate('');
  }

  /** A write the LMS may refuse without harm to the course. */
  private write(element: string, value: string): boolean {
    try {
      return String(this.api.SetValue(element, value)) === 'true';
    } catch {
      return false;
    }
  }
}
