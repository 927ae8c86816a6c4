/**
 * The studio engine's composition root: it holds settings, the open project and its task
 * runner, and assembles every domain's handlers into the one table the contract requires.
 * The handlers themselves live beside their domain (`<domain>/handlers.ts`) and see only the
 * `StudioContext`. The Electron main process, the web host and the CLI all drive this.
 */
import { join, resolve } from 'node:path';
import type { EventName, EventPayload, StudioHandlers } from '../shared/contract';
import { StudioError } from '../shared/errors';
import type { ProjectChanged } from '../shared/model';
import { appHandlers } from './app/handlers';
import { assetHandlers } from './asset/handlers';
import type { StudioContext, StudioOptions } from './context';
import { courseHandlers } from './course/handlers';
import { exportHandlers } from './export/handlers';
import { PreviewStore, type PreviewFile } from './export/preview';
import { fileHandlers } from './files/handlers';
import { integrityHandlers } from './integrity/handlers';
import { createJobQueue } from './job-kinds';
import type { JobQueue } from './jobs/queue';
import { lessonHandlers } from './lesson/handlers';
import { captionPreviewHandlers } from './media/caption-preview-handlers';
import { mediaHandlers } from './media/handlers';
import { outlineHandlers } from './outline/handlers';
import type { StoredFile } from './project/asset-repo';
import { projectHandlers } from './project/handlers';
import { Project } from './project/project';
import { publishHandlers } from './publish/handlers';
import { ProfileStore } from './publish/profiles';
import { FileSecretStore, withEnvironment, type SecretStore } from './publish/secrets';
import { reviewHandlers } from './review/handlers';
import { guardReviewMode } from './review/review-mode';
import { systemHandlers } from './system/handlers';
import packageJson from '../../package.json' with { type: 'json' };
import { defaultHomeDir, SettingsStore } from './settings';

export type { StudioOptions } from './context';

type Listener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/**
 * What a host serves that is not a contract method: bytes, streamed with Range support by the
 * web host's routes and Electron's media protocol.
 */
export interface StudioFiles {
  /** One file of an asset (its main file by default), or null. */
  readAsset(assetId: string, name?: string): StoredFile | null;
  /** One file of the last preview built, or null. */
  readPreview(path: string): PreviewFile | null;
}

export class Studio implements StudioContext {
  readonly handlers: StudioHandlers;
  readonly settings: SettingsStore;
  readonly files: StudioFiles;
  private project: Project | null = null;
  private queue: JobQueue | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly closingHooks = new Set<() => void>();
  private readonly previews = new PreviewStore();
  private readonly homeDir: string;
  private readonly secrets: SecretStore;
  private readonly profiles: ProfileStore;

  constructor(readonly options: Readonly<StudioOptions>) {
    this.homeDir = options.homeDir ?? defaultHomeDir();
    this.settings = new SettingsStore(this.homeDir);
    this.secrets = withEnvironment(options.secretStore ?? new FileSecretStore(this.homeDir));
    this.profiles = new ProfileStore(this.homeDir);
    this.files = {
      readAsset: (assetId, name) => this.project?.readAsset(assetId, name) ?? null,
      readPreview: (path) => this.previews.read(path),
    };
    // A review copy's content is read-only whichever host calls.
    this.handlers = guardReviewMode(
      {
        ...appHandlers(this),
        ...projectHandlers(this, {
          peek: () => this.project,
          replace: (next, origin) => this.replaceProject(next, origin),
          close: () => this.close(),
        }),
        ...courseHandlers(this),
        ...outlineHandlers(this),
        ...lessonHandlers(this),
        ...assetHandlers(this),
        ...mediaHandlers(this),
        ...exportHandlers(this, this.previews),
        ...fileHandlers(this),
        ...integrityHandlers(this),
        ...captionPreviewHandlers(),
        ...systemHandlers(packageJson.version),
        ...publishHandlers(this, { profiles: this.profiles, secrets: this.secrets }),
        ...reviewHandlers(this),
      },
      () => this.project,
    );
  }

  onEvent(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Opens a project outside any call (the CLI's `serve <file>`). */
  openProject(path: string): void {
    this.replaceProject(Project.open(resolve(path), this.options.nativeBinding), 'cli');
  }

  /** The open project's task runner. */
  jobs(): JobQueue {
    if (!this.queue) throw new StudioError('NO_PROJECT_OPEN', 'No course is open.');
    return this.queue;
  }

  /** Sends an event to every window. */
  publish<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  /** Runs `hook` whenever the open project is about to close (work that reads it must stop). */
  onProjectClosing(hook: () => void): () => void {
    this.closingHooks.add(hook);
    return () => this.closingHooks.delete(hook);
  }

  close(): void {
    for (const hook of this.closingHooks) hook();
    this.queue?.stop();
    this.queue = null;
    this.previews.clear();
    this.project?.close();
    this.project = null;
  }

  /** The open project; handlers call this through their context. */
  current(): Project {
    if (!this.project) throw new StudioError('NO_PROJECT_OPEN', 'No course is open.');
    return this.project;
  }

  /** Tells every window what changed and who changed it. */
  changed(
    reason: ProjectChanged['reason'],
    origin: string,
    extra: Partial<ProjectChanged> = {},
  ): void {
    this.publish('project.changed', { reason, origin, ...extra });
  }

  private replaceProject(next: Project, origin: string): void {
    this.close();
    this.project = next;
    if (this.options.rememberRecent !== false) {
      this.settings.rememberCourse(next.path, next.snapshot().course.title);
    }
    this.changed('opened', origin);
    // After 'opened', so clients hear about resumed jobs once they know the course.
    const publish = this.options.publish;
    this.queue = createJobQueue(
      next,
      this,
      { concurrency: this.options.jobConcurrency, resume: this.options.resumeJobs },
      {
        publish: {
          secrets: this.secrets,
          keepDir: join(this.homeDir, 'packages'),
          retry: publish?.retryDelaysMs ? { delaysMs: publish.retryDelaysMs } : undefined,
          pollMs: publish?.pollMs,
        },
      },
    );
    // A read-only course lists its jobs but runs none: every step of one writes.
    if (!next.snapshot().readOnly) this.queue.start();
  }
}
