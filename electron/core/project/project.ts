import { statSync } from 'node:fs';
import { StudioError } from '../../shared/errors';
import type { CourseLanguage, CourseSnapshot } from '../../shared/model';
import { countAssets, openMediaFile, takeFreedChunks, type StoredFile } from './asset-repo';
import { getCourse, insertCourse } from './course-repo';
import { now } from './ids';
import { insertLessonDocument } from './lesson-repo';
import { SCHEMA_VERSION } from './migrations/index';
import { addLessonNode, addSection, getOutline } from './outline-repo';
import { createProjectFile, openProjectFile } from './project-file';
import { inTransaction, type Db } from './sqlite';

/** Labels of the first section and lesson of a new course, in the course's language. */
const starterTitles: Record<CourseLanguage, { section: string; lesson: string }> = {
  en: { section: 'Section 1', lesson: 'Lesson 1' },
  'zh-CN': { section: '第一单元', lesson: '第一课' },
};

/**
 * Free pages given back to the file system per step (2 MiB): small enough that no step stalls
 * the app. Deleting a 4 GB lecture frees about a million pages; giving them all back in the
 * delete's own transaction froze the studio for seconds (1.8 s for 512 MiB).
 */
const RECLAIM_PAGES_PER_STEP = 512;

/** One open .course file, held exclusively by this process until `close()`. */
export class Project {
  private reclaiming: Promise<void> | null = null;

  private constructor(
    readonly path: string,
    readonly db: Db,
  ) {
    // Pages a crash or an earlier session left free are given back too.
    if (!db.readonly) this.reclaimSpaceLater();
  }

  static open(path: string, nativeBinding?: string): Project {
    return new Project(path, openProjectFile(path, nativeBinding));
  }

  /** Creates a course with one section holding one empty lesson, then opens it. */
  static create(
    path: string,
    options: { title: string; language: CourseLanguage; force?: boolean; nativeBinding?: string },
  ): Project {
    createProjectFile(
      path,
      (db) => {
        const at = now();
        insertCourse(db, options.title, options.language, at);
        const titles = starterTitles[options.language];
        const section = addSection(db, titles.section);
        const lesson = addLessonNode(db, section.id, titles.lesson);
        insertLessonDocument(db, lesson.id, at);
      },
      options,
    );
    return Project.open(path, options.nativeBinding);
  }

  /** Runs one user action as one transaction. */
  transact<T>(work: (db: Db) => T): T {
    if (this.db.readonly) {
      throw new StudioError(
        'READ_ONLY',
        `${this.path} is open read-only (the file cannot be written); nothing was changed.`,
        { path: this.path },
      );
    }
    try {
      return inTransaction(this.db, this.path, () => work(this.db));
    } finally {
      // After a rollback the chunks are still there and nothing is given back.
      if (takeFreedChunks(this.db)) this.reclaimSpaceLater();
    }
  }

  /** Resolves once the file has given back the space deleted data left free. */
  spaceReclaimed(): Promise<void> {
    return this.reclaiming ?? Promise.resolve();
  }

  /**
   * Shrinks the file by the pages deleted media left free (the file uses
   * auto_vacuum=INCREMENTAL), a few at a time between other work, until none are left or the
   * project closes.
   */
  private reclaimSpaceLater(): void {
    if (this.reclaiming || freePages(this.db) === 0) return;
    this.reclaiming = (async () => {
      try {
        while (this.db.open && freePages(this.db) > 0) {
          await new Promise((resolve) => setImmediate(resolve));
          if (this.db.open && !this.db.inTransaction) {
            this.db.pragma(`incremental_vacuum(${RECLAIM_PAGES_PER_STEP})`);
          }
        }
      } catch {
        // The space stays in the file and is given back after the next change or reopen.
      } finally {
        this.reclaiming = null;
      }
    })();
  }

  snapshot(): CourseSnapshot {
    return {
      path: this.path,
      schemaVersion: SCHEMA_VERSION,
      course: getCourse(this.db),
      outline: getOutline(this.db),
      assetCount: countAssets(this.db),
      fileSize: fileSize(this.path),
      ...(this.db.readonly ? { readOnly: true } : {}),
    };
  }

  /** One file of an asset; without a name, its main file (original, video.mp4 or audio.m4a). */
  readAsset(assetId: string, name?: string): StoredFile | null {
    if (name !== undefined) return openMediaFile(this.db, assetId, name);
    for (const main of ['original', 'video.mp4', 'audio.m4a']) {
      const file = openMediaFile(this.db, assetId, main);
      if (file) return file;
    }
    return null;
  }

  close(): void {
    if (!this.db.open) return;
    try {
      if (!this.db.readonly) this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
    }
  }
}

function freePages(db: Db): number {
  return db.open ? (db.pragma('freelist_count', { simple: true }) as number) : 0;
}

function fileSize(path: string): number {
  try {
    return statSync(path).size + walSize(path);
  } catch {
    throw new StudioError('FILE_NOT_FOUND', `${path} is gone.`, { path });
  }
}

function walSize(path: string): number {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
}
