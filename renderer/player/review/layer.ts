/**
 * The offline review site's comment layer, loaded after the player on every page.
 * Reviewers pin comments to the lesson, a selected passage, a video time or a quiz question;
 * comments live in localStorage (they survive reloads, and file:// pages share one storage)
 * and "Save comments" downloads them as one JSON file for `course-studio merge-review`.
 * Everything a reviewer typed is shown with textContent, never as markup.
 */
import type { CommentAnchor } from '../../../electron/shared/review/model';
import { pinPassage } from '../../../electron/shared/review/passage';
import type { ReviewComment, ReviewFile } from '../../../electron/shared/review/schema';
import { reviewLayerStrings } from './strings';

interface ReviewSiteData {
  format: string;
  packageId: string;
  title: string;
  language: string;
  lessons: { id: string; href: string; title: string }[];
}

declare global {
  interface Window {
    courseStudioReview?: ReviewSiteData;
  }
}

const data = window.courseStudioReview;
if (data) startLayer(data);

function startLayer(site: ReviewSiteData): void {
  const t = reviewLayerStrings(site.language);
  const storageKey = `course-studio-review:${site.packageId}`;
  const nameKey = 'course-studio-reviewer';
  const page = decodeURIComponent(location.pathname.split('/').pop() ?? '');
  const lesson = site.lessons.find((candidate) => candidate.href === page) ?? null;

  const load = (): ReviewComment[] => {
    try {
      const stored = JSON.parse(localStorage.getItem(storageKey) ?? '[]') as unknown;
      return Array.isArray(stored) ? (stored as ReviewComment[]) : [];
    } catch {
      return [];
    }
  };
  const store = (comments: ReviewComment[]) =>
    localStorage.setItem(storageKey, JSON.stringify(comments));

  const stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = 'review/review-layer.css';
  document.head.append(stylesheet);

  const panel = element('aside', 'csr-panel');
  panel.setAttribute('aria-label', t.panel);
  const heading = element('h2', 'csr-title');
  const form = element('form', 'csr-form');
  const author = input('csr-author', t.yourName);
  author.value = localStorage.getItem(nameKey) ?? '';
  const pin = document.createElement('select');
  pin.className = 'csr-pin';
  pin.setAttribute('aria-label', t.pinTo);
  const body = document.createElement('textarea');
  body.className = 'csr-body';
  body.setAttribute('aria-label', t.comment);
  body.placeholder = t.comment;
  body.maxLength = 5000;
  const add = button(t.add, 'submit');
  const message = element('p', 'csr-message');
  message.setAttribute('role', 'status');
  const list = element('ol', 'csr-list');
  const save = button(t.save, 'button');
  form.append(author, pin, body, add);
  panel.append(heading, lesson ? form : paragraph(t.onIndex), message, list, save);
  document.body.append(panel);

  // The selection is read as it changes: focusing the comment box would clear it.
  let selected: { anchor: CommentAnchor; label: string } | null = null;
  document.addEventListener('selectionchange', () => {
    const picked = selectedPassage();
    if (picked) selected = picked;
    else if (!panel.contains(document.activeElement)) selected = null;
    if (!panel.contains(document.activeElement)) fillPins();
  });

  function fillPins(): void {
    const options: { anchor: CommentAnchor; label: string }[] = [
      { anchor: { kind: 'lesson' }, label: t.pinLesson },
    ];
    if (selected) options.push(selected);
    for (const video of document.querySelectorAll<HTMLElement>('figure[data-asset]')) {
      const player = video.querySelector('video');
      const time = player ? Math.round(player.currentTime * 10) / 10 : 0;
      options.push({
        anchor: { kind: 'video', assetId: video.dataset.asset ?? '', time },
        label: t.pinVideo(clock(time)),
      });
    }
    document.querySelectorAll<HTMLElement>('[data-quiz]').forEach((quiz, index) => {
      options.push({
        anchor: { kind: 'quiz', questionId: quiz.dataset.quiz ?? '' },
        label: t.pinQuiz(index + 1),
      });
    });
    const previous = pin.value;
    pin.replaceChildren(
      ...options.map((option) => {
        const choice = document.createElement('option');
        choice.value = JSON.stringify(option.anchor);
        choice.textContent = option.label;
        // A fresh selection is what the reviewer most likely means to comment on.
        if (option === selected) choice.selected = true;
        return choice;
      }),
    );
    if (!selected && options.some((option) => JSON.stringify(option.anchor) === previous)) {
      pin.value = previous;
    }
  }

  function render(): void {
    const comments = load();
    const shown = lesson ? comments.filter((comment) => comment.lessonId === lesson.id) : comments;
    heading.textContent = `${t.panel} (${comments.length})`;
    list.replaceChildren(
      ...shown.map((comment) => {
        const item = element('li', 'csr-comment');
        const who = element('strong', 'csr-who');
        who.textContent = comment.author;
        const where = element('span', 'csr-where');
        where.textContent = placeLabel(comment.anchor);
        const text = paragraph(comment.body);
        item.append(who, where, text);
        item.addEventListener('click', () => jumpTo(comment.anchor));
        return item;
      }),
    );
    if (shown.length === 0) list.append(paragraph(t.none));
  }

  function placeLabel(anchor: CommentAnchor): string {
    switch (anchor.kind) {
      case 'text':
        return t.pinText(shorten(anchor.quote));
      case 'video':
        return t.pinVideo(clock(anchor.time));
      case 'quiz': {
        const quizzes = [...document.querySelectorAll<HTMLElement>('[data-quiz]')];
        const index = quizzes.findIndex((quiz) => quiz.dataset.quiz === anchor.questionId);
        return t.pinQuiz(index + 1);
      }
      default:
        return t.pinLesson;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!lesson) return;
    const name = author.value.trim();
    const text = body.value.trim();
    if (!name || !text) {
      message.textContent = name ? t.needText : t.needName;
      return;
    }
    localStorage.setItem(nameKey, name);
    const comments = load();
    comments.push({
      id: randomId(),
      lessonId: lesson.id,
      parentId: null,
      author: name.slice(0, 100),
      body: text,
      anchor: JSON.parse(pin.value) as CommentAnchor,
      resolved: false,
      createdAt: new Date().toISOString(),
    });
    store(comments);
    body.value = '';
    message.textContent = '';
    selected = null;
    fillPins();
    render();
  });

  save.addEventListener('click', () => {
    const comments = load();
    const file: ReviewFile = {
      format: 'course-studio-review',
      version: 1,
      packageId: site.packageId,
      comments,
    };
    const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `review-${site.packageId.slice(0, 8)}.json`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    message.textContent = t.saved(comments.length);
  });

  fillPins();
  render();
}

/** The passage selected inside the lesson, pinned with its surroundings in its block. */
function selectedPassage(): { anchor: CommentAnchor; label: string } | null {
  const selection = document.getSelection();
  const main = document.getElementById('cs-main');
  if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !main) return null;
  const range = selection.getRangeAt(0);
  if (!main.contains(range.commonAncestorContainer)) return null;
  const quote = selection.toString().trim();
  if (!quote || quote.length > 1000) return null;
  const block =
    (range.commonAncestorContainer instanceof Element
      ? range.commonAncestorContainer
      : range.commonAncestorContainer.parentElement
    )?.closest('p, h1, h2, h3, h4, h5, h6, li, blockquote, td, pre') ?? main;
  const text = block.textContent ?? '';
  const start = Math.max(0, text.indexOf(quote));
  const pin = pinPassage(text, start, start + quote.length);
  const t = reviewLayerStrings(window.courseStudioReview?.language ?? 'en');
  return { anchor: { kind: 'text', ...pin }, label: t.pinText(shorten(quote)) };
}

function jumpTo(anchor: CommentAnchor): void {
  if (anchor.kind === 'video') {
    const figure = [...document.querySelectorAll<HTMLElement>('figure[data-asset]')].find(
      (candidate) => candidate.dataset.asset === anchor.assetId,
    );
    const video = figure?.querySelector('video');
    figure?.scrollIntoView({ block: 'center' });
    if (video) video.currentTime = anchor.time;
  } else if (anchor.kind === 'quiz') {
    [...document.querySelectorAll<HTMLElement>('[data-quiz]')]
      .find((quiz) => quiz.dataset.quiz === anchor.questionId)
      ?.scrollIntoView({ block: 'center' });
  } else if (anchor.kind === 'text') {
    const main = document.getElementById('cs-main');
    const blocks = main ? [...main.querySelectorAll<HTMLElement>('p, h2, h3, li, td')] : [];
    blocks
      .find((block) => block.textContent?.includes(anchor.quote))
      ?.scrollIntoView({ block: 'center' });
  }
}

function randomId(): string {
  // getRandomValues works on file:// (randomUUID needs a secure context).
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `r${[...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

function clock(seconds: number): string {
  const whole = Math.floor(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string) {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}

function paragraph(text: string): HTMLParagraphElement {
  const node = element('p', 'csr-text');
  node.textContent = text;
  return node;
}

function input(className: string, label: string): HTMLInputElement {
  const node = element('input', className);
  node.placeholder = label;
  node.setAttribute('aria-label', label);
  node.maxLength = 100;
  return node;
}

function button(label: string, type: 'button' | 'submit'): HTMLButtonElement {
  const node = element('button', 'csr-button');
  node.type = type;
  node.textContent = label;
  return node;
}
