/**
 * The studio engine: composes settings, the open project and its repositories, and implements
 * every contract method. The Electron main process, the web host and the CLI all drive this.
 */
import { resolve } from 'node:path';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { EventName, EventPayload, StudioHandlers } from '../shared/contract';
import { StudioError } from '../shared/errors';
import type { ProjectChanged } from '../shared/model';
import { getAsset, insertAsset, listAssets, type StoredFile } from './project/asset-repo';
import { getCourse, updateCourse } from './project/course-repo';
import { now } from './project/ids';
import { detectImageMime } from './project/image-types';
import {
  getLesson,
  insertLessonDocument,
  saveLesson,
  setLessonPassingScore,
} from './project/lesson-repo';
import {
  addLessonNode,
  addSection,
  deleteNode,
  getOutline,
  moveNode,
  renameNode,
} from './project/outline-repo';
import { Project } from './project/project';
import type { JobQueue } from './jobs/queue';
import { exportHandlers } from './export/handlers';
import { mediaHandlers } from './media/handlers';
import { reviewHandlers } from './review/handlers';
import { guardReviewMode } from './review/review-mode';
import { snapshotBeforeBulkDelete, snapshotWhileEditing } from './review/auto-snapshots';
import { createMediaJobQueue } from './media/media-jobs';
import { defaultHomeDir, SettingsStore } from './settings';
import packageJson from '../../package.json' with { type: 'json' };

export interface StudioOptions {
  host: 'electron' | 'web';
  /** Folder for settings and recent courses (default: the platform's config folder). */
  homeDir?: string;
  /** better-sqlite3 built for Electron's ABI, when running inside Electron. */
  nativeBinding?: string;
  /** How many jobs (transcodes) run at once; 1 by default. */
  jobConcurrency?: number;
}

type Listener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export class Studio {
  readonly handlers: StudioHandlers;
  private project: Project | null = null;
  private queue: JobQueue | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly closingHooks = new Set<() => void>();
  private readonly settings: SettingsStore;

  constructor(private readonly options: StudioOptions) {
    this.settings = new SettingsStore(options.homeDir ?? defaultHomeDir());
    // A review copy's content is read-only whichever host calls (issue 12).
    this.handlers = guardReviewMode(this.createHandlers(), () => this.project);
  }

  onEvent(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Opens a project outside any call (the CLI's `serve <file>`). */
  openProject(path: string): void {
    this.replaceProject(Project.open(resolve(path), this.options.nativeBinding), 'cli');
  }

  /** Reads one file of an asset (its main file by default) for the media protocol and /media. */
  readAsset(assetId: string, name?: string): StoredFile | null {
    return this.project?.readAsset(assetId, name) ?? null;
  }

  /** The open project's job queue. */
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
    this.project?.close();
    this.project = null;
  }

  private emit(change: ProjectChanged): void {
    for (const listener of this.listeners) listener('project.changed', change);
  }

  /** The open project; services call this inside their handlers. */
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
    this.emit({ reason, origin, ...extra });
  }

  private replaceProject(next: Project, origin: string): void {
    this.close();
    this.project = next;
    const snapshot = next.snapshot();
    this.settings.rememberCourse(next.path, snapshot.course.title);
    this.emit({ reason: 'opened', origin });
    // After 'opened', so clients hear about resumed jobs once they know the course.
    this.queue = createMediaJobQueue(next, this, this.options.jobConcurrency);
    this.queue.start();
  }

  private createHandlers(): StudioHandlers {
    const changed = this.changed.bind(this);

    return {
      'app.info': () => ({
        version: packageJson.version,
        host: this.options.host,
        platform: process.platform,
        defaultCourseDir: join(homedir(), 'Documents', 'Course Studio'),
      }),
      'settings.get': () => this.settings.read(),
      'settings.set': ({ uiLanguage }) => this.settings.setUiLanguage(uiLanguage),

      'project.create': ({ path, title, language, force }, { origin }) => {
        const target = resolve(path);
        if (this.project?.path === target) {
          throw new StudioError('PROJECT_IN_USE', `${target} is the course that is open now.`, {
            path: target,
          });
        }
        const project = Project.create(target, {
          title,
          language,
          force,
          nativeBinding: this.options.nativeBinding,
        });
        this.replaceProject(project, origin);
        return project.snapshot();
      },
      'project.open': ({ path }, { origin }) => {
        const target = resolve(path);
        if (this.project?.path === target) return this.project.snapshot();
        this.replaceProject(Project.open(target, this.options.nativeBinding), origin);
        return this.current().snapshot();
      },
      'project.current': () => this.project?.snapshot() ?? null,
      'project.close': (_args, { origin }) => {
        this.close();
        changed('closed', origin);
        return null;
      },

      'course.update': (patch, { origin }) => {
        const project = this.current();
        if (patch.coverAssetId) getAsset(project.db, patch.coverAssetId);
        const course = project.transact((db) => {
          updateCourse(db, patch, now());
          return getCourse(db);
        });
        changed('course', origin);
        return course;
      },

      'outline.get': () => getOutline(this.current().db),
      'outline.addSection': ({ title, index }, { origin }) => {
        const section = this.current().transact((db) => addSection(db, title, index));
        changed('outline', origin);
        return section;
      },
      'outline.addLesson': ({ sectionId, title, index }, { origin }) => {
        const lesson = this.current().transact((db) => {
          const node = addLessonNode(db, sectionId, title, index);
          insertLessonDocument(db, node.id, now());
          return node;
        });
        changed('outline', origin);
        return lesson;
      },
      'outline.rename': ({ id, title }, { origin }) => {
        const outline = this.current().transact((db) => {
          renameNode(db, id, title);
          return getOutline(db);
        });
        changed('outline', origin);
        return outline;
      },
      'outline.delete': ({ id }, { origin }) => {
        const outline = this.current().transact((db) => {
          snapshotBeforeBulkDelete(db, id, now());
          deleteNode(db, id);
          return getOutline(db);
        });
        changed('outline', origin);
        return outline;
      },
      'outline.move': ({ id, sectionId, index }, { origin }) => {
        const outline = this.current().transact((db) => {
          moveNode(db, id, sectionId, index);
          return getOutline(db);
        });
        changed('outline', origin);
        return outline;
      },

      'lesson.get': ({ id }) => getLesson(this.current().db, id),
      'lesson.setPassingScore': ({ id, passingScore }, { origin }) => {
        const outline = this.current().transact((db) => {
          setLessonPassingScore(db, id, passingScore);
          return getOutline(db);
        });
        changed('outline', origin);
        return outline;
      },
      'lesson.save': ({ id, doc, baseRevision }, { origin }) => {
        const revision = this.current().transact((db) => {
          snapshotWhileEditing(db, now());
          return saveLesson(db, id, doc as Parameters<typeof saveLesson>[2], baseRevision, now());
        });
        changed('lesson', origin, { lessonId: id, revision });
        return { revision };
      },

      'asset.addImage': ({ name, dataBase64 }, { origin }) => {
        const bytes = Buffer.from(dataBase64, 'base64');
        const mime = detectImageMime(bytes, name);
        const asset = this.current().transact((db) =>
          insertAsset(db, { kind: 'image', name, mime, bytes }, now()),
        );
        changed('assets', origin);
        return asset;
      },
      'asset.list': () => listAssets(this.current().db),
      ...mediaHandlers(this),
      ...exportHandlers(this),
      ...reviewHandlers(this),
    };
  }
}
