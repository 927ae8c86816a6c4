/**
 * The HTML pages of a player site. Each lesson page holds its lesson's rendered body, so it
 * reads with no script; the player script then builds navigation, quizzes and video around it.
 * No inline script or style: pages work under a strict Content-Security-Policy.
 */
import { escapeHtml, usesKatexStylesheet } from '../../shared/content';
import { katexStylesheetPath } from './katex-assets';
import type { CourseLanguage } from '../../shared/model';
import type { PlayerCourse } from '../../shared/player/course-data';

const skipText: Record<CourseLanguage, { skip: string; contents: string }> = {
  en: { skip: 'Skip to content', contents: 'Contents' },
  'zh-CN': { skip: '跳到正文', contents: '目录' },
};

function page(course: PlayerCourse, title: string, lessonId: string, main: string): string {
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
<script src="player/player.js" defer></script>
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
): string {
  return page(
    course,
    `${lesson.title} · ${course.title}`,
    lesson.id,
    `<article class="cs-lesson" data-lesson="${escapeHtml(lesson.id)}">` +
      `<h1 class="cs-lesson-title">${escapeHtml(lesson.title)}</h1>\n${lesson.html}\n</article>`,
  );
}

/** The site's start page: the outline as links, which the player replaces by the lesson to resume. */
export function indexPageHtml(course: PlayerCourse): string {
  const text = skipText[course.language] ?? skipText.en;
  const byId = new Map(course.lessons.map((lesson) => [lesson.id, lesson]));
  const sections = course.sections
    .map((section) => {
      const items = section.lessonIds
        .map((id) => byId.get(id))
        .filter((lesson) => lesson !== undefined)
        .map(
          (lesson) =>
            `<li><a href="${escapeHtml(lesson.href)}">${escapeHtml(lesson.title)}</a></li>`,
        )
        .join('');
      return `<li>${escapeHtml(section.title)}<ol>${items}</ol></li>`;
    })
    .join('');
  return page(
    course,
    course.title,
    '',
    `<article class="cs-home"><h1>${escapeHtml(course.title)}</h1>` +
      `<nav aria-label="${escapeHtml(text.contents)}"><ol>${sections}</ol></nav></article>`,
  );
}
