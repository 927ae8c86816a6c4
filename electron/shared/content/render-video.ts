/**
 * Video markup: a native `<video>` with the progressive MP4 as its `src` (so it plays with no
 * script and from file://), captions as `<track>`s, chapters as seek buttons and in-video
 * questions as quiz forms. The player upgrades it: HLS over http(s), captions from script
 * where `<track>` cannot load, speed, and questions that pause playback at their time.
 */
import { escapeHtml } from './escape';
import type { VideoChapter } from './nodes';
import { renderQuizForm, type QuizRenderContext } from './render-quiz';
import { formatClockTime, readChapters, type VideoBlock } from './video';

export interface VideoCaptionSource {
  /** BCP 47 language tag, e.g. `en` or `zh-CN`. */
  lang: string;
  label: string;
  /** The WebVTT file's URL; absent when the player adds the captions from script. */
  src?: string;
}

/** Where a video asset's files are served from; the caller decides (export, preview). */
export interface VideoSources {
  mp4?: string;
  hls?: string;
  poster?: string;
  captions?: VideoCaptionSource[];
  /** The asset's own chapters, used when the block has none. */
  chapters?: VideoChapter[];
}

const languageTag = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/;

/** Renders a video block; with no sources (asset missing) only its title remains. */
export function renderVideoFigure(
  video: VideoBlock,
  sources: VideoSources | null,
  context: QuizRenderContext,
): string {
  const caption = video.title ? `<figcaption>${escapeHtml(video.title)}</figcaption>` : '';
  const assetAttribute = ` data-asset="${escapeHtml(video.assetId)}"`;
  if (!sources || (!sources.mp4 && !sources.hls)) {
    if (!caption) return '';
    return `<figure class="cs-video cs-video-missing"${assetAttribute}>${caption}</figure>`;
  }
  let figureAttributes = ` class="cs-video"${assetAttribute}`;
  if (sources.hls) figureAttributes += ` data-hls="${escapeHtml(sources.hls)}"`;
  let videoAttributes = ' controls preload="metadata" playsinline';
  if (sources.poster) videoAttributes += ` poster="${escapeHtml(sources.poster)}"`;
  if (sources.mp4) videoAttributes += ` src="${escapeHtml(sources.mp4)}"`;
  if (video.title) videoAttributes += ` aria-label="${escapeHtml(video.title)}"`;
  const tracks = renderTracks(sources.captions ?? []);
  const chapters = video.chapters.length > 0 ? video.chapters : readChapters(sources.chapters);
  return (
    `<figure${figureAttributes}><div class="cs-video-frame"><video${videoAttributes}>${tracks}</video></div>` +
    caption +
    renderChapters(chapters, context) +
    renderQuestions(video, context) +
    `</figure>`
  );
}

function renderTracks(captions: VideoCaptionSource[]): string {
  let html = '';
  const seen = new Set<string>();
  for (const caption of captions) {
    if (!languageTag.test(caption.lang) || seen.has(caption.lang)) continue;
    seen.add(caption.lang);
    // Without a src the track would be an empty element; the player adds such captions itself.
    if (!caption.src) continue;
    html +=
      `<track kind="captions" src="${escapeHtml(caption.src)}" srclang="${caption.lang}"` +
      ` label="${escapeHtml(caption.label || caption.lang)}">`;
  }
  return html;
}

function renderChapters(chapters: VideoChapter[], context: QuizRenderContext): string {
  if (chapters.length === 0) return '';
  const items = chapters
    .map(
      (chapter) =>
        `<li><button type="button" class="cs-chapter" data-time="${chapter.time}">` +
        `<span class="cs-chapter-time">${formatClockTime(chapter.time)}</span> ` +
        `${escapeHtml(chapter.title)}</button></li>`,
    )
    .join('');
  return `<nav class="cs-video-chapters" aria-label="${escapeHtml(context.labels.chapters)}"><ol>${items}</ol></nav>`;
}

function renderQuestions(video: VideoBlock, context: QuizRenderContext): string {
  if (video.questions.length === 0) return '';
  const forms = video.questions
    .map(
      ({ time, quiz }) =>
        `<div class="cs-video-question" data-time="${time}">` +
        `<p class="cs-video-question-time">${escapeHtml(context.labels.questionAt(formatClockTime(time)))}</p>` +
        renderQuizForm(quiz, context) +
        `</div>`,
    )
    .join('');
  return `<div class="cs-video-questions">${forms}</div>`;
}
