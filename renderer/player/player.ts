/**
 * The learner player: shows one lesson at a time inside the shell, keeps the learner's
 * progress (visited lessons, question states, where they are), reports it through the
 * tracker after every change, and ends the session with a summary.
 */
import {
  opensWithOwnTitle,
  quizKey,
  type PlayerCourse,
  type PlayerLesson,
} from '../../electron/shared/player/course-data';
import {
  courseResult,
  defaultPassingScore,
  emptyProgress,
  lessonsInScope,
  type Progress,
} from '../../electron/shared/player/progress';
import { decodeProgress, encodeProgress } from '../../electron/shared/player/progress-codec';
import { announce, el } from './dom';
import type { PlayerStrings } from './i18n';
import { QuizView } from './quiz-view';
import { buildShell, setContentsOpen, updateOutline, type ShellParts } from './shell';
import type { Tracker, TrackerSession } from './tracking/tracker';
import { VideoView } from './video-view';

const hashPrefix = '#lesson=';

/** Whether the page came with the course's landing page in its main area. */
function shellHasLanding(shell: ShellParts | null): boolean {
  return Boolean(shell?.main.querySelector('.cs-home'));
}

export class Player {
  private readonly lessons: PlayerLesson[];
  private readonly byId: Map<string, PlayerLesson>;
  private progress: Progress = emptyProgress();
  private passingScore: number;
  private review = false;
  private audioOff = false;
  private finished = false;
  private shell: ShellParts | null = null;
  private videos: VideoView[] = [];

  constructor(
    private readonly course: PlayerCourse,
    private readonly pageLessonId: string | null,
    private readonly tracker: Tracker,
    private readonly strings: PlayerStrings,
  ) {
    this.lessons = lessonsInScope(course, pageLessonId);
    this.byId = new Map(this.lessons.map((lesson) => [lesson.id, lesson]));
    this.passingScore = defaultPassingScore(course, this.lessons);
  }

  start(session: TrackerSession): void {
    this.progress =
      decodeProgress(session.suspendData, this.lessons, this.course.revision) ?? emptyProgress();
    this.passingScore = session.passingScore ?? defaultPassingScore(this.course, this.lessons);
    this.review = session.review;
    this.audioOff = session.audioOff === true;
    this.shell = buildShell(this.course, this.lessons, this.strings);
    document.addEventListener('click', (event) => this.onClick(event));
    window.addEventListener('popstate', () => this.showFromHash());
    window.addEventListener('hashchange', () => this.showFromHash());
    window.addEventListener('pagehide', () => void this.tracker.finish(true));
    const resume = [session.location, this.progress.location].find(
      (id) => id !== null && this.byId.has(id),
    );
    // The course's landing page (index.html) stays on a first visit, so the learner sees what
    // the course is and starts it; a returning learner goes straight back to their lesson.
    const landing = this.pageLessonId === null && shellHasLanding(this.shell);
    const first =
      this.lessonFromHash() ??
      (this.pageLessonId && this.byId.has(this.pageLessonId) ? this.pageLessonId : null) ??
      resume ??
      (landing ? null : this.lessons[0]?.id);
    if (first) this.show(first, { focus: false, push: false });
    else this.changed();
  }

  private lessonFromHash(): string | null {
    const id = location.hash.startsWith(hashPrefix)
      ? decodeURIComponent(location.hash.slice(hashPrefix.length))
      : '';
    return this.byId.has(id) ? id : null;
  }

  private showFromHash(): void {
    const id = this.lessonFromHash();
    if (id && id !== this.progress.location) this.show(id, { focus: true, push: false });
  }

  private onClick(event: MouseEvent): void {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const link = (event.target as Element | null)?.closest?.('a[data-lesson]');
    const id = link?.getAttribute('data-lesson');
    if (!id || !this.byId.has(id)) return;
    event.preventDefault();
    const quizId = link?.getAttribute('data-quiz');
    if (quizId) this.showQuestion(id, quizId);
    else this.show(id, { focus: true, push: true });
  }

  /** Opens a lesson in place. */
  show(lessonId: string, { focus, push }: { focus: boolean; push: boolean }): void {
    const lesson = this.byId.get(lessonId);
    const shell = this.shell;
    if (!lesson || !shell) return;
    for (const video of this.videos) video.destroy();
    this.videos = [];

    const body = document.createElement('template');
    // The body comes from the studio's own renderer, which escapes all author text.
    body.innerHTML = lesson.html;
    // The teacher's own H1 is the lesson's title; adding ours above it would show two.
    const first = body.content.firstElementChild;
    const ownTitle =
      opensWithOwnTitle(lesson.html) && first instanceof HTMLHeadingElement ? first : null;
    const heading =
      ownTitle ?? el('h1', { class: 'cs-lesson-title', tabindex: '-1' }, lesson.title);
    if (ownTitle) {
      ownTitle.classList.add('cs-lesson-title');
      ownTitle.tabIndex = -1;
    }
    // A lesson with its own pass mark says so where its questions start to matter.
    const mark =
      lesson.passingScore !== null && lesson.quizzes.length > 0 && this.lessons.length > 1
        ? [el('p', { class: 'cs-lesson-mark' }, this.strings.lessonPassMark(lesson.passingScore))]
        : [];
    const article = el(
      'article',
      { class: 'cs-lesson', 'data-lesson': lesson.id },
      ...(ownTitle ? [] : [heading]),
      ...mark,
      body.content,
    );
    shell.main.replaceChildren(article);
    this.enhance(article, lesson);

    if (push) {
      try {
        history.pushState(null, '', hashPrefix + encodeURIComponent(lesson.id));
      } catch {
        // Some sandboxed frames refuse history changes; navigation still works.
      }
    }
    document.title = `${lesson.title} · ${this.course.title}`;
    this.progress.location = lesson.id;
    this.progress.visited.add(lesson.id);
    setContentsOpen(false, this.strings);
    this.renderPager(lesson);
    this.changed();
    if (focus) {
      heading.focus();
      announce(this.strings.opened(lesson.title));
    }
  }

  /** Opens a lesson and brings one of its questions into view (from the summary). */
  private showQuestion(lessonId: string, quizId: string): void {
    this.show(lessonId, { focus: true, push: true });
    const form = this.shell?.main.querySelector<HTMLElement>(
      `form.cs-quiz[data-quiz="${CSS.escape(quizId)}"]`,
    );
    if (!form) return;
    // An in-video question is hidden until its time; its video is what to go to.
    const target = form.hidden ? (form.closest<HTMLElement>('figure.cs-video') ?? form) : form;
    target.scrollIntoView({ block: 'center' });
    // Its first field when it can still be answered, else the question itself.
    const field = target.querySelector<HTMLElement>('input:not(:disabled), video');
    if (field) return field.focus();
    target.tabIndex = -1;
    target.focus();
  }

  private enhance(article: HTMLElement, lesson: PlayerLesson): void {
    const quizzes = new Map(lesson.quizzes.map((quiz) => [quiz.id, quiz]));
    for (const form of article.querySelectorAll<HTMLFormElement>('form.cs-quiz')) {
      const quiz = quizzes.get(form.dataset.quiz ?? '');
      if (!quiz) continue;
      const key = quizKey(lesson.id, quiz.id);
      new QuizView(form, {
        quiz,
        state: this.progress.quizzes.get(key),
        strings: this.strings,
        interactive: !this.review && !this.finished,
        onAnswer: (state) => {
          this.progress.quizzes.set(key, state);
          if (state.answer) {
            this.tracker.recordAnswer({
              lessonId: lesson.id,
              quiz,
              answer: state.answer,
              correct: state.correct,
              at: new Date(),
            });
          }
          if (state.final) for (const video of this.videos) video.questionAnswered(quiz.id);
          this.changed();
        },
      });
    }
    for (const figure of article.querySelectorAll<HTMLElement>('figure.cs-video')) {
      // The learner asked for no audio: videos start muted (they can still unmute).
      if (this.audioOff) for (const video of figure.querySelectorAll('video')) video.muted = true;
      const assetId = figure.dataset.asset ?? '';
      this.videos.push(
        new VideoView(figure, {
          strings: this.strings,
          captions: this.course.captions[assetId],
          isAnswered: (quizId) =>
            this.progress.quizzes.get(quizKey(lesson.id, quizId))?.final === true,
        }),
      );
    }
  }

  private renderPager(lesson: PlayerLesson): void {
    const index = this.lessons.indexOf(lesson);
    const previous = this.lessons[index - 1];
    const next = this.lessons[index + 1];
    const items: HTMLElement[] = [];
    if (previous) {
      items.push(
        el(
          'a',
          { href: previous.href, 'data-lesson': previous.id, class: 'cs-previous', rel: 'prev' },
          `← ${this.strings.previous}: ${previous.title}`,
        ),
      );
    }
    if (next) {
      items.push(
        el(
          'a',
          { href: next.href, 'data-lesson': next.id, class: 'cs-next', rel: 'next' },
          `${this.strings.next}: ${next.title} →`,
        ),
      );
    } else {
      const finish = el('button', { type: 'button', class: 'cs-finish' }, this.strings.finish);
      finish.addEventListener('click', () => void this.finish());
      items.push(finish);
    }
    this.shell?.pager.replaceChildren(...items);
  }

  /** Recomputes the result, updates the page and reports to the platform. */
  private changed(): void {
    const shell = this.shell;
    if (!shell) return;
    const result = courseResult(this.lessons, this.progress, this.passingScore);
    const visited = this.lessons.filter((lesson) => this.progress.visited.has(lesson.id)).length;
    let text = this.strings.lessonsDone(visited, this.lessons.length);
    // A score shows once there is something to score: 0 % before the first answer discourages.
    if (result.scorePercent !== null && this.progress.quizzes.size > 0) {
      text += ` · ${this.strings.score(result.scorePercent)}`;
    }
    shell.progressText.textContent = text;
    // The bar shows what the text says (lessons opened), so the two never disagree.
    shell.progressBar.max = Math.max(1, this.lessons.length);
    shell.progressBar.value = visited;
    updateOutline(shell.outline, this.progress.location, this.progress.visited, this.strings);
    if (this.review || this.finished || !this.progress.location) return;
    this.tracker.save({
      location: this.progress.location,
      suspendData: encodeProgress(
        this.progress,
        this.lessons,
        this.course.revision,
        this.tracker.suspendLimit,
      ),
      result,
    });
  }

  /** Shows the summary and ends the tracked session. */
  private async finish(): Promise<void> {
    const shell = this.shell;
    if (!shell) return;
    const result = courseResult(this.lessons, this.progress, this.passingScore);
    const s = this.strings;
    const lines: HTMLElement[] = [];
    if (result.completed) lines.push(el('p', {}, s.courseComplete));
    const unvisited = this.lessons.filter((lesson) => !this.progress.visited.has(lesson.id)).length;
    if (unvisited > 0) lines.push(el('p', {}, s.unvisited(unvisited)));
    const unanswered = this.lessons.flatMap((lesson) =>
      lesson.quizzes
        .filter((quiz) => !this.progress.quizzes.get(quizKey(lesson.id, quiz.id))?.final)
        .map((quiz) => ({ lesson, quiz })),
    );
    if (unanswered.length > 0) {
      // Each unanswered question is one link away, so the learner can go back and answer it.
      lines.push(
        el('p', {}, s.unanswered(unanswered.length)),
        el(
          'ul',
          { class: 'cs-summary-unanswered' },
          ...unanswered.map(({ lesson, quiz }) =>
            el(
              'li',
              {},
              el(
                'a',
                { href: lesson.href, 'data-lesson': lesson.id, 'data-quiz': quiz.id },
                s.unansweredQuestion(lesson.title, questionLabel(quiz.prompt)),
              ),
            ),
          ),
        ),
      );
    }
    if (result.scorePercent !== null) {
      lines.push(
        el('p', { class: 'cs-summary-score' }, s.yourScore(result.scorePercent)),
        el('p', {}, s.passingScore(this.passingScore)),
      );
      // A one-lesson attempt already states that lesson's mark as its passing score.
      if (result.lessonMarks.length > 0 && this.lessons.length > 1) {
        lines.push(
          el('h2', { class: 'cs-summary-marks' }, s.lessonMarksTitle),
          el(
            'ul',
            {},
            ...result.lessonMarks.map((mark) =>
              el(
                'li',
                { class: mark.passed === false ? 'cs-wrong' : mark.passed ? 'cs-right' : '' },
                s.lessonMark(
                  this.byId.get(mark.lessonId)!.title,
                  mark.scorePercent,
                  mark.passingScore,
                ),
              ),
            ),
          ),
        );
      }
      if (result.passed !== null)
        lines.push(
          el(
            'p',
            { class: result.passed ? 'cs-right' : 'cs-wrong' },
            result.passed ? s.passed : s.failed,
          ),
        );
    }
    for (const video of this.videos) video.destroy();
    this.videos = [];
    const heading = el('h1', { class: 'cs-lesson-title', tabindex: '-1' }, s.summaryTitle);
    const status = el('p', { class: 'cs-finished', role: 'status' });
    shell.main.replaceChildren(el('article', { class: 'cs-summary' }, heading, ...lines, status));
    shell.pager.replaceChildren();
    heading.focus();
    this.changed();
    this.finished = true;
    await this.tracker.finish(false);
    status.textContent = this.course.preview ? s.previewFinished : s.finishedClose;
  }
}

/** A question's prompt, short enough for a list of links. */
function questionLabel(prompt: string): string {
  const line = prompt.split('\n')[0]?.trim() ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
