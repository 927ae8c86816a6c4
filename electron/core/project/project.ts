import { statSync } from 'node:fs';
import { StudioError } from '../../shared/errors';
import type { CourseLanguage, CourseSnapshot } from '../../shared/model';
import { countAssets, openMediaFile, type StoredFile } from './asset-repo';
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
  'zh-CN': { section: '第一章', lesson: '第一课' },
};

/** One open .course file, held exclusively by this process until `close()`. */
export class Project {
  private constructor(
    readonly path: string,
    readonly db: Db,
  ) {}

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
    return inTransaction(this.db, this.path, () => work(this.db));
  }

  snapshot(): CourseSnapshot {
    return {
      path: this.path,
      schemaVersion: SCHEMA_VERSION,
      course: getCourse(this.db),
      outline: getOutline(this.db),
      assetCount: countAssets(this.db),
      fileSize: fileSize(this.path),
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
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
    }
  }
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
