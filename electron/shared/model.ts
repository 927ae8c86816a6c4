/** Plain data types shared by every process. No behaviour lives here. */

export const courseLanguages = ['en', 'zh-CN'] as const;
export type CourseLanguage = (typeof courseLanguages)[number];

export const uiLanguages = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export interface Course {
  title: string;
  description: string;
  language: CourseLanguage;
  authors: string[];
  license: string;
  coverAssetId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface OutlineLesson {
  id: string;
  title: string;
}

export interface OutlineSection {
  id: string;
  title: string;
  lessons: OutlineLesson[];
}

export type Outline = OutlineSection[];

/** Lexical's serialized editor state (`editor.getEditorState().toJSON()`). */
export interface LessonDocument {
  root: SerializedNode & { children: SerializedNode[] };
}

export interface SerializedNode {
  type: string;
  version?: number;
  children?: SerializedNode[];
  [key: string]: unknown;
}

export interface Lesson {
  id: string;
  sectionId: string;
  title: string;
  doc: LessonDocument;
  revision: number;
  updatedAt: string;
}

export const assetKinds = ['image', 'video', 'audio', 'caption', 'file'] as const;
export type AssetKind = (typeof assetKinds)[number];

export interface Asset {
  id: string;
  kind: AssetKind;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  createdAt: string;
}

export interface CourseSnapshot {
  path: string;
  schemaVersion: number;
  course: Course;
  outline: Outline;
  assetCount: number;
  fileSize: number;
}

export interface RecentCourse {
  path: string;
  title: string;
  openedAt: string;
}

export interface Settings {
  /** null until the user picks one: the UI then follows the system language. */
  uiLanguage: UiLanguage | null;
  recent: RecentCourse[];
}

export interface AppInfo {
  version: string;
  host: 'electron' | 'web';
  platform: string;
  defaultCourseDir: string;
}

/** Why the project changed; clients refetch what the reason touches. */
export type ChangeReason = 'opened' | 'closed' | 'course' | 'outline' | 'lesson' | 'assets';

export interface ProjectChanged {
  reason: ChangeReason;
  /** The client (window or tab) that made the change; it already has the new state. */
  origin: string;
  lessonId?: string;
  revision?: number;
}

export function emptyLessonDocument(): LessonDocument {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [],
        },
      ],
    },
  };
}
