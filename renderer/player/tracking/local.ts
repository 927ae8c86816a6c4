/**
 * Tracking with no platform (a plain site, the preview, a Common Cartridge web page): progress
 * stays in this browser's localStorage, so the learner still resumes where they left off.
 */
import type { Tracker, TrackerSave, TrackerSession } from './tracker';

export class LocalTracker implements Tracker {
  readonly suspendLimit = 1_000_000;

  constructor(private readonly key: string) {}

  async start(): Promise<TrackerSession> {
    let saved: { suspendData?: string; location?: string } = {};
    try {
      saved = JSON.parse(localStorage.getItem(this.key) ?? '{}') as typeof saved;
    } catch {
      // Storage may be disabled (private windows, some file:// setups): start fresh.
    }
    return {
      suspendData: typeof saved.suspendData === 'string' ? saved.suspendData : null,
      location: typeof saved.location === 'string' ? saved.location : null,
      passingScore: null,
      review: false,
    };
  }

  save({ location, suspendData }: TrackerSave): void {
    try {
      localStorage.setItem(this.key, JSON.stringify({ location, suspendData }));
    } catch {
      // Full or disabled storage only loses the resume point.
    }
  }

  /** Only the resume point is kept here; there is no one to report answers to. */
  recordAnswer(): void {}

  async finish(): Promise<void> {}
}
