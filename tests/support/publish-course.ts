/** A course ready to publish: a described, licensed course whose one lesson shows a video. */
import { Project } from '../../electron/core/project/project';
import { now } from '../../electron/core/project/ids';
import { addLessonNode, getOutline } from '../../electron/core/project/outline-repo';
import {
  getLesson,
  insertLessonDocument,
  saveLesson,
} from '../../electron/core/project/lesson-repo';
import { updateCourse } from '../../electron/core/project/course-repo';
import type { LessonDocument } from '../../electron/shared/model';
import { insertVideoAsset } from './video-clip';

/** Creates `path` with a video of about `mp4MiB` MiB (a short clip when 0), and closes it. */
export function makePublishableCourse(path: string, mp4MiB = 0): void {
  const project = Project.create(path, { title: 'Publish 发布', language: 'en' });
  try {
    const videoId = insertVideoAsset(project, mp4MiB ? { mp4MiB } : {});
    project.transact((db) => {
      updateCourse(db, { description: 'A course to publish.', license: 'CC BY 4.0' }, now());
      const lessonId = getOutline(db)[0]!.lessons[0]!.id;
      const doc = {
        root: {
          type: 'root',
          version: 1,
          children: [
            {
              type: 'paragraph',
              version: 1,
              children: [{ type: 'text', text: 'Welcome', format: 0, version: 1 }],
            },
            { type: 'video', version: 1, assetId: videoId },
          ],
        },
      } as LessonDocument;
      saveLesson(db, lessonId, doc, getLesson(db, lessonId).revision, now());
    });
  } finally {
    project.close();
  }
}

/** Adds a lesson whose second block is a question with no correct answer; returns its id. */
export function addLessonWithBrokenQuiz(path: string, title: string): string {
  const project = Project.open(path);
  try {
    return project.transact((db) => {
      const section = getOutline(db)[0]!;
      const lesson = addLessonNode(db, section.id, title);
      insertLessonDocument(db, lesson.id, now());
      const choice = (id: string) => ({ id, text: id.toUpperCase(), correct: false });
      const doc = {
        root: {
          type: 'root',
          version: 1,
          children: [
            {
              type: 'paragraph',
              version: 1,
              children: [{ type: 'text', text: 'Before the question', format: 0, version: 1 }],
            },
            {
              type: 'quiz',
              version: 1,
              id: 'broken1',
              kind: 'single',
              prompt: 'Which one?',
              points: 1,
              choices: [choice('a'), choice('b')],
            },
          ],
        },
      } as LessonDocument;
      saveLesson(db, lesson.id, doc, 0, now());
      return lesson.id;
    });
  } finally {
    project.close();
  }
}
