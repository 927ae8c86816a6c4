/**
 * A course for export tests: two sections, four lessons with every question kind, an image,
 * and a real video asset (see video-clip.ts) with chapters and an in-video question.
 * Titles carry Chinese, quotes, <, & and emoji so escaping is exercised everywhere.
 */
import { insertAsset } from '../../electron/core/project/asset-repo';
import { updateCourse } from '../../electron/core/project/course-repo';
import { now } from '../../electron/core/project/ids';
import { insertLessonDocument } from '../../electron/core/project/lesson-repo';
import {
  addLessonNode,
  addSection,
  deleteNode,
  getOutline,
} from '../../electron/core/project/outline-repo';
import { Project } from '../../electron/core/project/project';
import type { CourseLanguage, LessonDocument, SerializedNode } from '../../electron/shared/model';
import { insertVideoAsset } from './video-clip';

export { videoClip } from './video-clip';

/** The test course's authors; a licence that needs attribution (CC BY) carries them. */
export const courseAuthors = ['Ann Lee', '吴博 <Bo> & Co'];

export const trickyTitle = 'Physics 物理 "Quotes" <b> & \'apostrophes\' 🎉';

const text = (value: string): SerializedNode => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
});
const paragraph = (value: string): SerializedNode => ({
  type: 'paragraph',
  version: 1,
  children: [text(value)],
});
const heading = (value: string): SerializedNode => ({
  type: 'heading',
  version: 1,
  tag: 'h2',
  children: [text(value)],
});
const doc = (...children: SerializedNode[]): LessonDocument => ({
  root: { type: 'root', version: 1, children },
});

export const quizzes = {
  single: {
    type: 'quiz',
    version: 1,
    id: 'q-single',
    kind: 'single',
    points: 2,
    prompt: 'Which force keeps planets in orbit? <gravity> & "friends"',
    choices: [
      { id: 'a', text: 'Gravity 引力', correct: true, feedback: 'Yes: mass attracts mass.' },
      { id: 'b', text: 'Magnetism', correct: false, feedback: 'Not at planetary scale.' },
      { id: 'c', text: 'Friction', correct: false },
    ],
    explanation: 'Newton: F = G·m₁·m₂ / r².',
  },
  multiple: {
    type: 'quiz',
    version: 1,
    id: 'q-multiple',
    kind: 'multiple',
    points: 1,
    prompt: 'Which are vectors?',
    choices: [
      { id: 'v', text: 'Velocity', correct: true },
      { id: 'f', text: 'Force', correct: true },
      { id: 'm', text: 'Mass', correct: false },
    ],
  },
  truefalse: {
    type: 'quiz',
    version: 1,
    id: 'q-tf',
    kind: 'truefalse',
    points: 1,
    maxAttempts: 1,
    prompt: 'Light is faster than sound. 光比声音快。',
    choices: [
      { id: 't', text: '', correct: true },
      { id: 'f', text: '', correct: false },
    ],
  },
  fill: {
    type: 'quiz',
    version: 1,
    id: 'q-fill',
    kind: 'fill',
    points: 1,
    prompt: 'The SI unit of force is the ___.',
    answers: ['newton', 'N', '牛顿'],
    explanation: 'Named after Isaac Newton.',
  },
} as const;

export const videoQuestion = {
  time: 1,
  quiz: {
    id: 'q-video',
    kind: 'single',
    points: 1,
    prompt: 'What did the clip show?',
    choices: [
      { id: 'bars', text: 'A test pattern', correct: true },
      { id: 'cat', text: 'A cat', correct: false },
    ],
  },
};

/** Equations as the editor stores them: one inside a sentence, one on its own line. */
export const mathParagraphs: SerializedNode[] = [
  {
    type: 'paragraph',
    version: 1,
    children: [
      text('Energy: '),
      { type: 'math', version: 1, latex: 'E = mc^2', inline: true },
      text(' and water is H₂O.'),
    ],
  },
  { type: 'math', version: 1, latex: '\\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}', inline: false },
];

/** A 2×2 PNG. */
const tinyPng = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a730000001649444154789c63fccfc0c0f09f8181818101c8600000350603fd8d6b6e8f0000000049454e44ae426082',
  'hex',
);

export interface ExportCourse {
  path: string;
  lessonIds: string[];
  videoAssetId: string;
}

/** Creates the test course at `path`. */
export function createExportCourse(
  path: string,
  options: {
    language?: CourseLanguage;
    title?: string;
    video?: boolean;
    /** Makes the video's MP4 this many MiB, for exports that must take a while. */
    videoMiB?: number;
    /** Puts equations (inline and display) into the last lesson. */
    math?: boolean;
  } = {},
): ExportCourse {
  const project = Project.create(path, {
    title: options.title ?? trickyTitle,
    language: options.language ?? 'en',
    force: true,
  });
  try {
    const videoAssetId =
      options.video === false ? '' : insertVideoAsset(project, { mp4MiB: options.videoMiB });
    const lessonIds = project.transact((db) => {
      const at = now();
      const [starter] = getOutline(db);
      const image = insertAsset(
        db,
        { kind: 'image', name: 'dot.png', mime: 'image/png', bytes: tinyPng },
        at,
      );
      updateCourse(
        db,
        {
          description: 'A course about <forces> & “motion”.',
          passingScore: 75,
          authors: courseAuthors,
          license: 'CC-BY-4.0',
          coverAssetId: image.id,
        },
        at,
      );
      const one = addSection(db, 'Forces <intro> & “引言”');
      const two = addSection(db, 'Light 光 🔦');
      const add = (sectionId: string, title: string, content: LessonDocument) => {
        const lesson = addLessonNode(db, sectionId, title);
        insertLessonDocument(db, lesson.id, at, content);
        return lesson.id;
      };
      const video: SerializedNode = {
        type: 'video',
        version: 1,
        assetId: videoAssetId,
        title: 'Test clip 测试 <1>',
        chapters: [
          { time: 0, title: 'Intro' },
          { time: 2, title: 'Outro & more' },
        ],
        questions: [videoQuestion],
      };
      const ids = [
        add(
          one.id,
          'Welcome 欢迎 "one" <1> & 🎉',
          doc(
            heading('Why forces?'),
            paragraph('Forces change motion. 力改变运动。'),
            { type: 'image', version: 1, assetId: image.id, altText: 'A dot' },
            ...(videoAssetId ? [video] : []),
          ),
        ),
        add(
          one.id,
          'Quiz time & <checks>',
          doc(
            paragraph('Answer both.'),
            quizzes.single as unknown as SerializedNode,
            quizzes.multiple as unknown as SerializedNode,
          ),
        ),
        add(
          two.id,
          'Light & sound',
          doc(
            paragraph('Light travels at c.'),
            quizzes.truefalse as unknown as SerializedNode,
            quizzes.fill as unknown as SerializedNode,
          ),
        ),
        add(
          two.id,
          'Summary 总结',
          options.math
            ? doc(paragraph('That is all.'), ...mathParagraphs)
            : doc(paragraph('That is all.')),
        ),
      ];
      if (starter) deleteNode(db, starter.id);
      return ids;
    });
    return { path, lessonIds, videoAssetId };
  } finally {
    project.close();
  }
}
