/**
 * Lesson pages for platforms that keep a page's HTML but drop its scripts and forms: Common
 * Cartridge pages in Moodle and Canvas, and OLX html components. The lesson is rendered
 * without its questions (they reach the platform as its own quiz, right after the page) and
 * with a short pointer to that quiz, so no question appears twice or as dead text. Video
 * chapters are seek buttons that need the player, so they go too; the video itself plays.
 */
import { escapeHtml } from '../../../shared/content';
import type { Course, CourseLanguage, LessonDocument, SerializedNode } from '../../../shared/model';
import { attributionLine, licenseUrl } from './lom';

const pageText: Record<
  CourseLanguage,
  { quizFollows: string; authors: string; license: string; lessons: string; about: string }
> = {
  en: {
    quizFollows: 'Answer the questions of this lesson in the quiz that follows.',
    authors: 'Authors',
    license: 'Licence',
    lessons: 'Lessons',
    about: 'About this course',
  },
  'zh-CN': {
    quizFollows: '请在本课之后的测验中回答本课的问题。',
    authors: '作者',
    license: '许可协议',
    lessons: '课程内容',
    about: '课程简介',
  },
};

/** The fixed words of static pages in the course's language. */
export function staticPageText(language: CourseLanguage) {
  return pageText[language] ?? pageText.en;
}

/**
 * The lesson without questions: quiz blocks removed wherever they are, video questions and
 * chapters dropped; a pointer to the quiz is added at the end when there were questions.
 */
export function withoutQuestions(
  doc: LessonDocument,
  language: CourseLanguage,
): { doc: LessonDocument; questions: number } {
  let questions = 0;
  const strip = (node: SerializedNode, depth: number): SerializedNode | null => {
    if (node.type === 'quiz') {
      questions += 1;
      return null;
    }
    let copy: SerializedNode = node;
    if (node.type === 'video') {
      const inVideo = Array.isArray(node.questions) ? node.questions.length : 0;
      questions += inVideo;
      // The asset's own chapters stay out too: the page's video sources carry none.
      copy = { ...node, questions: [], chapters: [] };
    }
    if (Array.isArray(copy.children) && depth < 200) {
      copy = {
        ...copy,
        children: (copy.children as SerializedNode[])
          .map((child) => strip(child, depth + 1))
          .filter((child): child is SerializedNode => child !== null),
      };
    }
    return copy;
  };
  const children = (Array.isArray(doc.root.children) ? doc.root.children : [])
    .map((child) => strip(child, 1))
    .filter((child): child is SerializedNode => child !== null);
  if (questions > 0) {
    children.push({
      type: 'paragraph',
      version: 1,
      children: [
        {
          type: 'text',
          version: 1,
          text: staticPageText(language).quizFollows,
          format: 2,
          detail: 0,
          mode: 'normal',
          style: '',
        },
      ],
    });
  }
  return { doc: { root: { ...doc.root, children } }, questions };
}

/**
 * A whole page with no script and no style. `identifier` becomes `<meta name="identifier">`,
 * which Canvas's importer reads to make the page a Page with that migration id.
 */
export function staticPageHtml(options: {
  title: string;
  language: CourseLanguage;
  body: string;
  identifier?: string;
}): string {
  const identifier = options.identifier
    ? `<meta name="identifier" content="${escapeHtml(options.identifier)}">\n`
    : '';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(options.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${identifier}<title>${escapeHtml(options.title)}</title>
</head>
<body>
${options.body}
</body>
</html>
`;
}

/** The course overview as static HTML: cover, description, authors, licence, lesson list. */
export function courseOverviewBody(
  course: Course,
  sections: { title: string; lessons: string[] }[],
  coverUrl: string | null,
): string {
  const text = staticPageText(course.language);
  const parts: string[] = [];
  if (coverUrl) parts.push(`<p><img src="${escapeHtml(coverUrl)}" alt=""></p>`);
  if (course.description) parts.push(`<p>${escapeHtml(course.description)}</p>`);
  if (course.authors.length > 0)
    parts.push(`<p>${escapeHtml(text.authors)}: ${escapeHtml(course.authors.join(', '))}</p>`);
  if (course.license) {
    const url = licenseUrl(course.license);
    const line = escapeHtml(attributionLine({ authors: [], license: course.license }));
    parts.push(
      `<p>${escapeHtml(text.license)}: ` +
        (url ? `<a href="${escapeHtml(url)}" rel="license">${line}</a>` : line) +
        '</p>',
    );
  }
  const list = sections
    .map(
      (section) =>
        `<li>${escapeHtml(section.title)}<ol>` +
        section.lessons.map((title) => `<li>${escapeHtml(title)}</li>`).join('') +
        '</ol></li>',
    )
    .join('');
  parts.push(`<h2>${escapeHtml(text.lessons)}</h2><ol>${list}</ol>`);
  return parts.join('\n');
}
