/**
 * Open edX OLX course export (`course/` in a .tar.gz): course → chapter per section →
 * sequential + vertical per lesson, whose children are the lesson cut at its videos and
 * questions: html components for the text between them, video components (the MP4 in
 * static/, transcripts as SRT) and CAPA problems.
 */
import {
  escapeHtml,
  readQuiz,
  readVideo,
  renderLessonHtml,
  type Quiz,
  type VideoBlock,
} from '../../../shared/content';
import type { SerializedNode } from '../../../shared/model';
import { planMedia } from '../media-plan';
import type { ChunkReader, PackageTree } from '../package-tree';
import { readSmallFile, type ExportLesson, type ExportSnapshot } from '../snapshot';
import { xmlElement } from '../xml';
import { capaProblem } from './capa';
import { vttToSrt } from './srt';

export const olxRoot = 'course';
const runName = 'run';

type Piece =
  | { kind: 'html'; nodes: SerializedNode[] }
  | { kind: 'video'; video: VideoBlock }
  | { kind: 'quiz'; quiz: Quiz };

const imageExtensions: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
};

/** Adds the OLX course (paths relative to `course/`). */
export function addOlxCourse(
  tree: PackageTree,
  snapshot: ExportSnapshot,
  readChunk: ChunkReader,
): void {
  const { course } = snapshot;
  const plan = planMedia(snapshot, { hls: false, folder: 'static' });
  const statics = new Map<string, string>();
  const imageUrl = (assetId: string): string => {
    const asset = snapshot.assets.get(assetId);
    const original = asset?.files.get('original');
    const extension = asset ? imageExtensions[asset.mime] : undefined;
    if (!asset || !original || !extension) return '';
    const name = `${assetId}-image.${extension}`;
    if (!statics.has(name)) {
      statics.set(name, name);
      tree.addChunked(`static/${name}`, original);
    }
    return `/static/${name}`;
  };

  let gradedLessons = 0;
  const chapters: string[] = [];
  for (const [sectionIndex, section] of snapshot.outline.entries()) {
    const chapterName = `chapter-${sectionIndex + 1}`;
    const sequentials: string[] = [];
    for (const lesson of snapshot.lessons.filter(
      (candidate) => candidate.sectionId === section.id,
    )) {
      const children = lessonComponents(tree, snapshot, lesson, imageUrl, (assetId) =>
        addVideoFiles(assetId),
      );
      const graded = children.some((child) => child.startsWith('<problem'));
      if (graded) gradedLessons += 1;
      tree.addText(
        `vertical/${lesson.id}.xml`,
        xmlElement('vertical', { display_name: lesson.title }, children.join('')) + '\n',
      );
      tree.addText(
        `sequential/${lesson.id}.xml`,
        xmlElement(
          'sequential',
          {
            display_name: lesson.title,
            graded: graded ? 'true' : undefined,
            format: graded ? 'Quiz' : undefined,
          },
          xmlElement('vertical', { url_name: lesson.id }),
        ) + '\n',
      );
      sequentials.push(xmlElement('sequential', { url_name: lesson.id }));
    }
    tree.addText(
      `chapter/${chapterName}.xml`,
      xmlElement('chapter', { display_name: section.title }, sequentials.join('')) + '\n',
    );
    chapters.push(xmlElement('chapter', { url_name: chapterName }));
  }

  const courseCode = `CS-${snapshot.packageId.slice(0, 8)}`;
  tree.addText(
    'course.xml',
    xmlElement('course', { url_name: runName, org: 'CourseStudio', course: courseCode }) + '\n',
  );
  tree.addText(
    `course/${runName}.xml`,
    xmlElement(
      'course',
      { display_name: course.title, language: course.language === 'zh-CN' ? 'zh_HANS' : 'en' },
      chapters.join(''),
    ) + '\n',
  );
  const policy = {
    [`course/${runName}`]: {
      display_name: course.title,
      language: course.language === 'zh-CN' ? 'zh_HANS' : 'en',
    },
  };
  tree.addText('policies/course/policy.json', JSON.stringify(policy, null, 2) + '\n');
  const grading = {
    GRADER: [
      { type: 'Quiz', min_count: gradedLessons, drop_count: 0, short_label: 'Q', weight: 1.0 },
    ],
    GRADE_CUTOFFS: { Pass: course.passingScore / 100 },
  };
  tree.addText('policies/course/grading_policy.json', JSON.stringify(grading, null, 2) + '\n');
  tree.addText('policies/assets.json', '{}\n');
  if (course.description)
    tree.addText('about/overview.html', `<p>${escapeHtml(course.description)}</p>\n`);

  function addVideoFiles(
    assetId: string,
  ): { source: string; transcripts: Record<string, string> } | null {
    const mp4 = plan.mp4(assetId);
    if (!mp4) return null;
    const source = `${assetId}.mp4`;
    const transcripts: Record<string, string> = {};
    if (!tree.has(`static/${source}`)) {
      tree.addChunked(`static/${source}`, mp4);
      for (const caption of plan.captions(assetId)) {
        const lang = caption.lang.split('-')[0]?.toLowerCase() ?? caption.lang;
        const name = `${assetId}-${lang}.srt`;
        if (tree.has(`static/${name}`)) continue;
        tree.addText(
          `static/${name}`,
          vttToSrt(readSmallFile(caption.file, readChunk).toString('utf8')),
        );
      }
    }
    for (const caption of plan.captions(assetId)) {
      const lang = caption.lang.split('-')[0]?.toLowerCase() ?? caption.lang;
      transcripts[lang] ??= `${assetId}-${lang}.srt`;
    }
    return { source, transcripts };
  }
}

/** The lesson's components, each added to the tree; returns the vertical's child references. */
function lessonComponents(
  tree: PackageTree,
  snapshot: ExportSnapshot,
  lesson: ExportLesson,
  imageUrl: (assetId: string) => string,
  videoFiles: (assetId: string) => { source: string; transcripts: Record<string, string> } | null,
): string[] {
  const references: string[] = [];
  let counter = 0;
  const name = () => `${lesson.id}-${(counter += 1)}`;
  for (const piece of splitLesson(lesson)) {
    const urlName = name();
    if (piece.kind === 'html') {
      const html = renderLessonHtml(
        { root: { type: 'root', children: piece.nodes } },
        // MathML only: an Open edX HTML component has no KaTeX stylesheet, and browsers
        // typeset MathML themselves.
        { assetUrl: imageUrl, language: snapshot.course.language, math: 'mathml' },
      );
      tree.addText(`html/${urlName}.html`, html + '\n');
      tree.addText(
        `html/${urlName}.xml`,
        xmlElement('html', { filename: urlName, display_name: lesson.title }) + '\n',
      );
      references.push(xmlElement('html', { url_name: urlName }));
    } else if (piece.kind === 'quiz') {
      tree.addText(`problem/${urlName}.xml`, capaProblem(piece.quiz, lesson.title) + '\n');
      references.push(xmlElement('problem', { url_name: urlName }));
    } else {
      const files = videoFiles(piece.video.assetId);
      if (files) {
        const transcriptElements = Object.entries(files.transcripts)
          .map(([language, src]) => xmlElement('transcript', { language, src }))
          .join('');
        tree.addText(
          `video/${urlName}.xml`,
          xmlElement(
            'video',
            {
              display_name: piece.video.title || lesson.title,
              html5_sources: JSON.stringify([`/static/${files.source}`]),
              download_video: 'true',
              transcripts: JSON.stringify(files.transcripts),
              youtube_id_1_0: '',
            },
            xmlElement('source', { src: `/static/${files.source}` }) + transcriptElements,
          ) + '\n',
        );
        references.push(xmlElement('video', { url_name: urlName }));
      }
      // OLX videos cannot pause for questions, so in-video questions follow the video.
      for (const question of piece.video.questions) {
        const problemName = name();
        tree.addText(`problem/${problemName}.xml`, capaProblem(question.quiz, lesson.title) + '\n');
        references.push(xmlElement('problem', { url_name: problemName }));
      }
    }
  }
  return references;
}

/** Cuts the lesson's top-level blocks at videos and questions. */
function splitLesson(lesson: ExportLesson): Piece[] {
  const pieces: Piece[] = [];
  const children = Array.isArray(lesson.doc.root.children) ? lesson.doc.root.children : [];
  for (const node of children) {
    const video = node.type === 'video' ? readVideo(node) : null;
    const quiz = node.type === 'quiz' ? readQuiz(node) : null;
    if (video) pieces.push({ kind: 'video', video });
    else if (quiz) pieces.push({ kind: 'quiz', quiz });
    else {
      const last = pieces.at(-1);
      if (last?.kind === 'html') last.nodes.push(node);
      else pieces.push({ kind: 'html', nodes: [node] });
    }
  }
  return pieces;
}
