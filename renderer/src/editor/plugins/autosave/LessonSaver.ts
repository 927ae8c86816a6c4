/**
 * Autosave for the open lesson, independent of React and Lexical so its timing rules are easy to
 * follow: a change is sent ~300 ms after typing pauses and never later than ~800 ms after the
 * first unsaved keystroke, one request at a time (each save names the revision it builds on).
 * Failures are retried with backoff; the newest document is what gets retried.
 */
import { StudioError } from '../../../../../electron/shared/errors';
import type { LessonDocument } from '../../../../../electron/shared/model';

export type SaveStatus =
  { state: 'saved' } | { state: 'saving' } | { state: 'failed'; error: unknown };

/** `json` is the document already serialized, for transports that send text. */
export type SaveLesson = (
  lessonId: string,
  doc: LessonDocument,
  baseRevision: number,
  json: string,
) => Promise<{ revision: number }>;

/** Reads the document lazily, so a burst of keystrokes serializes once, at send time. */
export type ReadDocument = () => LessonDocument;

const DEBOUNCE_MS = 300;
const MAX_WAIT_MS = 800;
const MAX_RETRY_MS = 15_000;

export class LessonSaver {
  private lessonId: string | null = null;
  private revision = 0;
  private pending: ReadDocument | null = null;
  private lastSavedJson: string | null = null;
  private inFlight: Promise<boolean> | null = null;
  private firstChangeAt: number | null = null;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  private status: SaveStatus = { state: 'saved' };
  private readonly listeners = new Set<() => void>();

  private conflictHandler: ((lessonId: string) => void) | null = null;

  constructor(private readonly saveLesson: SaveLesson) {}

  /** Starts tracking a freshly loaded lesson; anything pending for the previous one is dropped. */
  attach(lessonId: string, revision: number, doc: LessonDocument): void {
    this.reset(lessonId, revision);
    this.lastSavedJson = JSON.stringify(doc);
  }

  detach(): void {
    this.reset(null, 0);
  }

  /** Called when the studio refused a save because another window changed the lesson. */
  onConflict(handler: (lessonId: string) => void): () => void {
    this.conflictHandler = handler;
    return () => {
      if (this.conflictHandler === handler) this.conflictHandler = null;
    };
  }

  get currentLessonId(): string | null {
    return this.lessonId;
  }

  get currentRevision(): number {
    return this.revision;
  }

  hasUnsavedChanges(): boolean {
    return this.pending !== null || this.inFlight !== null;
  }

  change(read: ReadDocument): void {
    if (this.lessonId === null) return;
    this.pending = read;
    if (this.status.state === 'failed') return; // the retry timer sends the newest document
    this.setStatus({ state: 'saving' });
    this.schedule();
  }

  /** Sends whatever is pending now; resolves true once everything is saved. */
  async flush(): Promise<boolean> {
    clearTimeout(this.debounceTimer);
    for (;;) {
      if (this.inFlight) {
        if (!(await this.inFlight)) return false;
        continue;
      }
      if (!this.pending) return true;
      if (!(await this.send())) return false;
    }
  }

  getStatus = (): SaveStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private reset(lessonId: string | null, revision: number): void {
    clearTimeout(this.debounceTimer);
    clearTimeout(this.retryTimer);
    this.lessonId = lessonId;
    this.revision = revision;
    this.pending = null;
    this.lastSavedJson = null;
    this.firstChangeAt = null;
    this.attempt = 0;
    // A request still in flight belongs to the old lesson; its result is ignored (see send).
    this.inFlight = null;
    this.setStatus({ state: 'saved' });
  }

  private schedule(): void {
    const now = Date.now();
    this.firstChangeAt ??= now;
    const untilMaxWait = MAX_WAIT_MS - (now - this.firstChangeAt);
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(
      () => void this.flush(),
      Math.max(0, Math.min(DEBOUNCE_MS, untilMaxWait)),
    );
  }

  private async send(): Promise<boolean> {
    const read = this.pending;
    const lessonId = this.lessonId;
    if (!read || lessonId === null) return true;
    this.pending = null;
    this.firstChangeAt = null;
    const doc = read();
    const json = JSON.stringify(doc);
    if (json === this.lastSavedJson) {
      this.settle();
      return true;
    }
    const flight = this.saveLesson(lessonId, doc, this.revision, json).then(
      ({ revision }) => {
        if (this.lessonId !== lessonId) return true;
        this.revision = revision;
        this.lastSavedJson = json;
        this.attempt = 0;
        return true;
      },
      (error: unknown) => (this.lessonId === lessonId ? this.handleFailure(error, read) : true),
    );
    this.inFlight = flight;
    const ok = await flight;
    if (this.inFlight === flight) this.inFlight = null;
    if (ok) this.settle();
    return ok;
  }

  private handleFailure(error: unknown, failed: ReadDocument): boolean {
    const { code } = StudioError.from(error);
    if (code === 'REVISION_CONFLICT') {
      // The other window's version wins; the editor reloads it.
      this.pending = null;
      this.conflictHandler?.(this.lessonId ?? '');
      return true;
    }
    if (code === 'NOT_FOUND' || code === 'NO_PROJECT_OPEN') {
      // The lesson (or course) is gone; there is nothing left to save into.
      this.pending = null;
      return true;
    }
    this.pending ??= failed;
    this.attempt += 1;
    this.setStatus({ state: 'failed', error });
    clearTimeout(this.retryTimer);
    const delay = Math.min(1000 * 2 ** (this.attempt - 1), MAX_RETRY_MS);
    this.retryTimer = setTimeout(() => void this.flush(), delay);
    return false;
  }

  /** After a successful send: keep going if more changes arrived, else report "saved". */
  private settle(): void {
    if (this.pending) {
      this.setStatus({ state: 'saving' });
      this.schedule();
    } else if (!this.inFlight) {
      this.setStatus({ state: 'saved' });
    }
  }

  private setStatus(status: SaveStatus): void {
    if (this.status.state === status.state && status.state !== 'failed') return;
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}
