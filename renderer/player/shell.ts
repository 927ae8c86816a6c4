/**
 * The frame around a lesson: a header with the contents toggle and progress, the outline
 * (sections and lessons, the current one marked with aria-current), and previous / next links.
 * Links are real links to the lesson pages, so they work with the keyboard, in a new tab and
 * with no script; the player intercepts plain clicks to switch lessons in place.
 */
import type { PlayerCourse, PlayerLesson } from '../../electron/shared/player/course-data';
import { el } from './dom';
import type { PlayerStrings } from './i18n';

export interface ShellParts {
  outline: HTMLElement;
  progressText: HTMLElement;
  progressBar: HTMLProgressElement;
  pager: HTMLElement;
  main: HTMLElement;
}

/** Builds the shell around the page's `<main>`; returns the parts the player updates. */
export function buildShell(
  course: PlayerCourse,
  lessons: PlayerLesson[],
  strings: PlayerStrings,
): ShellParts {
  const main =
    document.getElementById('cs-main') ??
    document.body.appendChild(el('main', { id: 'cs-main', tabindex: '-1' }));
  const header =
    document.querySelector<HTMLElement>('.cs-header') ?? el('header', { class: 'cs-header' });
  const toggle = el(
    'button',
    {
      type: 'button',
      class: 'cs-contents-toggle',
      'aria-expanded': 'false',
      'aria-controls': 'cs-outline',
    },
    strings.showContents,
  );
  const progressBar = el('progress', {
    class: 'cs-progress-bar',
    max: '1',
    value: '0',
    'aria-label': strings.progress,
  });
  const progressText = el('span', { class: 'cs-progress-text' });
  header.prepend(toggle);
  header.append(el('div', { class: 'cs-progress' }, progressBar, progressText));

  const outline = el('nav', {
    id: 'cs-outline',
    class: 'cs-outline',
    'aria-label': strings.contents,
  });
  const inScope = new Set(lessons.map((lesson) => lesson.id));
  const byId = new Map(course.lessons.map((lesson) => [lesson.id, lesson]));
  const sectionList = el('ol', { class: 'cs-sections' });
  for (const section of course.sections) {
    const items = section.lessonIds
      .map((id) => byId.get(id))
      .filter((lesson): lesson is PlayerLesson => lesson !== undefined && inScope.has(lesson.id))
      .map((lesson) =>
        el(
          'li',
          {},
          el(
            'a',
            { href: lesson.href, 'data-lesson': lesson.id, class: 'cs-outline-link' },
            el('span', { class: 'cs-lesson-name' }, lesson.title),
            // Sighted learners see the visited style; screen readers hear the word.
            el('span', { class: 'cs-visited-mark cs-visually-hidden' }),
          ),
        ),
      );
    if (items.length === 0) continue;
    sectionList.append(
      el(
        'li',
        { class: 'cs-section' },
        el('span', { class: 'cs-section-title' }, section.title),
        el('ol', {}, ...items),
      ),
    );
  }
  outline.append(sectionList);
  toggle.addEventListener('click', () => {
    setContentsOpen(toggle.getAttribute('aria-expanded') !== 'true', strings);
  });

  const layout = el('div', { class: 'cs-layout' });
  main.before(layout);
  const pager = el('nav', {
    class: 'cs-pager',
    'aria-label': `${strings.previous} / ${strings.next}`,
  });
  layout.append(outline, el('div', { class: 'cs-content' }, main, pager));
  if (!header.isConnected) layout.before(header);
  document.body.append(
    el('div', { id: 'cs-announcer', class: 'cs-visually-hidden', 'aria-live': 'polite' }),
  );
  return { outline, progressText, progressBar, pager, main };
}

/** Marks the current and visited lessons in the outline. */
export function updateOutline(
  outline: HTMLElement,
  current: string | null,
  visited: Set<string>,
  strings: PlayerStrings,
): void {
  for (const link of outline.querySelectorAll<HTMLAnchorElement>('a[data-lesson]')) {
    const id = link.dataset.lesson ?? '';
    if (id === current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
    const mark = link.querySelector('.cs-visited-mark');
    const seen = visited.has(id);
    link.classList.toggle('cs-visited', seen);
    if (mark) mark.textContent = seen ? ` (${strings.visited})` : '';
  }
}

/** Opens or closes the contents drawer; the toggle's label always says what it will do. */
export function setContentsOpen(open: boolean, strings: PlayerStrings): void {
  const toggle = document.querySelector<HTMLElement>('.cs-contents-toggle');
  document.body.classList.toggle('cs-outline-open', open);
  if (!toggle) return;
  toggle.setAttribute('aria-expanded', String(open));
  toggle.textContent = open ? strings.hideContents : strings.showContents;
}
