/**
 * What a domain's handlers may use: the open project, events to every window, the project's
 * task runner, settings and how the studio was started. Handlers receive this, never the
 * Studio itself, so a handler cannot reach another domain's internals and no handler file
 * imports studio.ts.
 */
import type { EventName, EventPayload } from '../shared/contract';
import type { ProjectChanged } from '../shared/model';
import type { JobQueue } from './jobs/queue';
import type { Project } from './project/project';
import type { SecretStore } from './publish/secrets';
import type { SettingsStore } from './settings';

export interface StudioOptions {
  host: 'electron' | 'web';
  /** Folder for settings and recent courses (default: the platform's config folder). */
  homeDir?: string;
  /** better-sqlite3 built for Electron's ABI, when running inside Electron. */
  nativeBinding?: string;
  /** How many imports (transcodes) run at once; 1 by default. */
  jobConcurrency?: number;
  /**
   * Whether opening a course adds it to the user's recent courses (default true). The CLI
   * turns it off: a script that inspects a file is not the user choosing a course.
   */
  rememberRecent?: boolean;
  /**
   * Whether opening a course resumes the jobs an earlier session left queued or interrupted
   * (default true). The CLI turns it off: `info` or `export` must not start a transcode that
   * belongs to the studio; jobs the command itself starts still run.
   */
  resumeJobs?: boolean;
  /** Where publish secrets are kept; the desktop app passes one backed by safeStorage. */
  secretStore?: SecretStore;
  /** Publish retries and status polling (tests make them quick). */
  publish?: { retryDelaysMs?: number[]; pollMs?: number };
}

export interface StudioContext {
  /** The open project; throws NO_PROJECT_OPEN when there is none. */
  current(): Project;
  /** Tells every window what changed and who changed it. */
  changed(reason: ProjectChanged['reason'], origin: string, extra?: Partial<ProjectChanged>): void;
  /** Sends an event to every window. */
  publish<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** The open project's task runner (imports, exports, ...). */
  jobs(): JobQueue;
  /** Runs `hook` whenever the open project is about to close; returns an unsubscribe. */
  onProjectClosing(hook: () => void): () => void;
  readonly settings: SettingsStore;
  readonly options: Readonly<StudioOptions>;
}

/** What only the project methods need on top: switching which project is open. */
export interface ProjectSwitch {
  /** The open project, or null (unlike `current`, never throws). */
  peek(): Project | null;
  /** Closes the open project (if any) and makes `next` the open one. */
  replace(next: Project, origin: string): void;
  /** Closes the open project, if any. */
  close(): void;
}
