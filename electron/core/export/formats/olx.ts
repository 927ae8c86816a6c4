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
import type { Course } from '../../../shared/model';
import { capaProblem } from './capa';
import { vttToSrt } from '../../media/caption-files';
import { licenseText, licenseUrl } from './lom';
import { staticPageText } from './static-page';

export const olxRoot = 'course';
/** The assignment type of graded subsections, and the one GRADER entry of the policy. */
export const olxGradedFormat = 'Quiz';
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
      // url_names are unique across all block types: Open edX accepts a sequential and its
      // vertical sharing one, but jump_to_id links then become ambiguous and the OLX
      // validator reports it; so the vertical is `<lesson>-unit`.
      const unitName = `${lesson.id}-unit`;
      tree.addText(
        `vertical/${unitName}.xml`,
        xmlElement('vertical', { display_name: lesson.title }, children.join('')) + '\n',
      );
      tree.addText(
        `sequential/${lesson.id}.xml`,
        xmlElement(
          'sequential',
          {
            display_name: lesson.title,
            graded: graded ? 'true' : undefined,
            format: graded ? olxGradedFormat : undefined,
          },
          xmlElement('vertical', { url_name: unitName }),
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
      {
        display_name: course.title,
        language: course.language === 'zh-CN' ? 'zh_HANS' : 'en',
        // The course block reads its licence from this attribute (LicenseMixin).
        license: olxLicense(course.license) ?? undefined,
      },
      chapters.join(''),
    ) + '\n',
  );
  // Open edX reads the policies from policies/<url_name of course.xml>/ and, finding none
  // there, silently applies its default grading (openedx/edx-platform
  // xmodule/modulestore/xml.py: policy_dir = policies / url_name; xmodule/course_block.py
  // reads grading_policy.json from the same folder).
  const policyFolder = `policies/${runName}`;
  const language = course.language === 'zh-CN' ? 'zh_HANS' : 'en';
  const coverName = addCourseImage();
  const policy = {
    [`course/${runName}`]: {
      display_name: course.title,
      language,
      // Without a start Open edX uses DEFAULT_START_DATE, 2030-01-01 (course_block.py), and
      // learners see a course that has not begun; the course's creation date has passed.
      start: openEdxDate(course.createdAt),
      // course_image names a file in static/ (course_block.py, course_image field).
      ...(coverName ? { course_image: coverName } : {}),
      ...(course.description ? { short_description: course.description } : {}),
      ...(olxLicense(course.license) ? { license: olxLicense(course.license) } : {}),
    },
  };
  tree.addText(`${policyFolder}/policy.json`, JSON.stringify(policy, null, 2) + '\n');
  // One assignment type, "Quiz", which every graded subsection's `format` names: a format
  // matching no GRADER type counts for nothing (xmodule/graders.py, grader_from_conf). Open
  // edX averages the subsections of a type equally (AssignmentFormatGrader), so each graded
  // lesson weighs the same there; problem weights count within a lesson.
  const grading = {
    GRADER: [
      {
        type: olxGradedFormat,
        min_count: gradedLessons,
        drop_count: 0,
        short_label: 'Q',
        weight: 1.0,
      },
    ],
    GRADE_CUTOFFS: { Pass: course.passingScore / 100 },
  };
  tree.addText(`${policyFolder}/grading_policy.json`, JSON.stringify(grading, null, 2) + '\n');
  tree.addText('policies/assets.json', '{}\n');
  // The about page (about/overview.html) is what Open edX shows before enrolment; the short
  // description goes in about/ too, as Studio's own export writes it.
  tree.addText('about/overview.html', aboutOverviewHtml(course, coverName));
  if (course.description)
    tree.addText('about/short_description.html', escapeHtml(course.description) + '\n');

  function addCourseImage(): string | null {
    if (!course.coverAssetId) return null;
    const url = imageUrl(course.coverAssetId);
    return url ? url.replace(/^\/static\//, '') : null;
  }

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

/**
 * The course's licence in Open edX's own notation (the `license` field Studio writes and the
 * LMS shows under the course): openedx/edx-platform openedx/core/lib/license/mixin.py,
 * LicenseMixin.parse_license_from_xml reads it from the block's `license` attribute.
 */
function olxLicense(license: string): string | null {
  if (license === 'LicenseRef-All-Rights-Reserved') return 'all-rights-reserved';
  const match = /^CC-BY((?:-(?:NC|SA|ND))*)-4\.0$/.exec(license);
  if (!match) return null;
  const has = (part: string) => String((match[1] ?? '').includes(part));
  return `creative-commons: ver=4.0 BY=true NC=${has('NC')} ND=${has('ND')} SA=${has('SA')}`;
}

/** Open edX's date format in policies ("2026-01-31T09:00:00Z"). */
function openEdxDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? '2000-01-01T00:00:00Z'
    : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** about/overview.html: cover, description, authors and licence (with its link). */
function aboutOverviewHtml(course: Course, coverName: string | null): string {
  const text = staticPageText(course.language);
  const parts = ['<section class="about">', `<h2>${escapeHtml(text.about)}</h2>`];
  if (coverName) parts.push(`<p><img src="/static/${escapeHtml(coverName)}" alt=""></p>`);
  if (course.description) parts.push(`<p>${escapeHtml(course.description)}</p>`);
  parts.push('</section>');
  if (course.authors.length > 0 || course.license) {
    parts.push('<section class="course-staff">');
    if (course.authors.length > 0)
      parts.push(`<p>${escapeHtml(text.authors)}: ${escapeHtml(course.authors.join(', '))}</p>`);
    if (course.license) {
      const url = licenseUrl(course.license);
      const name = escapeHtml(licenseText(course.license));
      parts.push(
        `<p>${escapeHtml(text.license)}: ` +
          (url ? `<a href="${escapeHtml(url)}" rel="license">${name}</a>` : name) +
          '</p>',
      );
    }
    parts.push('</section>');
  }
  return parts.join('\n') + '\n';
}
