/**
 * The HTML pages of a player site. Each lesson page holds its lesson's rendered body, so it
 * reads with no script; the player script then builds navigation, quizzes and video around it.
 * No inline script or style: pages work under a strict Content-Security-Policy.
 */
import { escapeHtml, usesKatexStylesheet } from '../../shared/content';
import { katexStylesheetPath } from './katex-assets';
import type { CourseLanguage } from '../../shared/model';
import { opensWithOwnTitle, type PlayerCourse } from '../../shared/player/course-data';

// Pages are written in the course's language, so their few fixed words live here.
const skipText: Record<
  CourseLanguage,
  { skip: string; contents: string; start: string; authors: string; license: string }
> = {
  en: {
    skip: 'Skip to content',
    contents: 'Contents',
    start: 'Start the course',
    authors: 'Authors',
    license: 'Licence',
  },
  'zh-CN': {
    skip: '跳到正文',
    contents: '目录',
    start: '开始学习',
    authors: '作者',
    license: '许可协议',
  },
};

/** Which optional scripts the pages load. */
export interface PageScripts {
  /** player/hls.js, before the player, for courses with HLS video. */
  hls: boolean;
}

function page(
  course: PlayerCourse,
  scripts: PageScripts,
  title: string,
  lessonId: string,
  main: string,
): string {
  const text = skipText[course.language] ?? skipText.en;
  // On every page when any lesson has equations: the player shows lessons in place.
  const katex = course.lessons.some((lesson) => usesKatexStylesheet(lesson.html))
    ? `<link rel="stylesheet" href="${katexStylesheetPath}">\n`
    : '';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(course.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${katex}<link rel="stylesheet" href="player/player.css">
<script src="player/course-data.js" defer></script>
${scripts.hls ? '<script src="player/hls.js" defer></script>\n' : ''}<script src="player/player.js" defer></script>
</head>
<body class="cs-page" data-lesson="${escapeHtml(lessonId)}">
<a class="cs-skip" href="#cs-main">${escapeHtml(text.skip)}</a>
<header class="cs-header"><p class="cs-course-title">${escapeHtml(course.title)}</p></header>
<main id="cs-main" class="cs-main" tabindex="-1">
${main}
</main>
</body>
</html>
`;
}

/** A lesson's own page. */
export function lessonPageHtml(
  course: PlayerCourse,
  lesson: PlayerCourse['lessons'][number],
  scripts: PageScripts = { hls: false },
): string {
  return page(
    course,
    scripts,
    `${lesson.title} · ${course.title}`,
    lesson.id,
    `<article class="cs-lesson" data-lesson="${escapeHtml(lesson.id)}">` +
      (opensWithOwnTitle(lesson.html)
        ? ''
        : `<h1 class="cs-lesson-title">${escapeHtml(lesson.title)}</h1>\n`) +
      `${lesson.html}\n</article>`,
  );
}

/**
 * The site's first page, the course's landing page: cover, title, description, authors,
 * licence, the lessons by section, and a start button. With no script it is a plain page of
 * links; the player keeps it on a first visit and resumes the learner's lesson after that.
 */
export function indexPageHtml(course: PlayerCourse, scripts: PageScripts = { hls: false }): string {
  const text = skipText[course.language] ?? skipText.en;
  const { about } = course;
  const byId = new Map(course.lessons.map((lesson) => [lesson.id, lesson]));
  const sections = course.sections
    .map((section) => {
      const items = section.lessonIds
        .map((id) => byId.get(id))
        .filter((lesson) => lesson !== undefined)
        .map(
          (lesson) =>
            `<li><a href="${escapeHtml(lesson.href)}" data-lesson="${escapeHtml(lesson.id)}">` +
            `${escapeHtml(lesson.title)}</a></li>`,
        )
        .join('');
      return items ? `<li>${escapeHtml(section.title)}<ol>${items}</ol></li>` : '';
    })
    .join('');
  const first = course.lessons[0];
  const parts = [
    about.cover ? `<img class="cs-home-cover" src="${escapeHtml(about.cover)}" alt="">` : '',
    `<h1>${escapeHtml(course.title)}</h1>`,
    about.description ? `<p class="cs-home-description">${escapeHtml(about.description)}</p>` : '',
    about.authors.length > 0
      ? `<p class="cs-home-authors">${escapeHtml(text.authors)}: ${escapeHtml(about.authors.join(', '))}</p>`
      : '',
    about.license
      ? `<p class="cs-home-license">${escapeHtml(text.license)}: ` +
        (about.licenseUrl
          ? `<a href="${escapeHtml(about.licenseUrl)}" rel="license">${escapeHtml(about.license)}</a>`
          : escapeHtml(about.license)) +
        '</p>'
      : '',
    first
      ? `<p><a class="cs-start" href="${escapeHtml(first.href)}" data-lesson="${escapeHtml(first.id)}">${escapeHtml(text.start)}</a></p>`
      : '',
    `<nav class="cs-home-contents" aria-label="${escapeHtml(text.contents)}"><ol>${sections}</ol></nav>`,
  ];
  return page(
    course,
    scripts,
    course.title,
    '',
    `<article class="cs-home">${parts.filter(Boolean).join('\n')}</article>`,
  );
}
