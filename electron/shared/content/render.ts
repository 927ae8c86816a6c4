/**
 * Renders a lesson document to an HTML fragment, with no DOM. The preview and every exporter
 * call this one function, so what the author previews is what learners get.
 *
 * Safety rests on three habits: every string from the document goes through `escapeHtml`;
 * tags and attribute names come only from this file; attribute values that choose behaviour
 * (URLs, classes, languages) are checked against allow-lists first.
 */
import type { CourseLanguage, LessonDocument } from '../model';
import { escapeHtml } from './escape';
import { contentLabels, type ContentLabels } from './labels';
import { isSafeLinkUrl } from './links';
import {
  elementAlignments,
  isSafeAssetId,
  maxLessonDepth,
  maxRenderedIndent,
  textFormatBits,
  type ElementAlignment,
  type HeadingTag,
  type ListType,
  type TextFormat,
} from './nodes';
import { readMath, renderMathNode, type MathOutput } from './math';
import { readQuiz } from './quiz';
import { childNodes, documentRoot, integerField, stringField, type NodeRecord } from './read';
import { renderQuizForm } from './render-quiz';
import { renderVideoFigure, type VideoSources } from './render-video';
import { readVideo } from './video';

export { isSafeLinkUrl } from './links';
export { lessonPlainText } from './plainText';
export type { VideoCaptionSource, VideoSources } from './render-video';
export type { MathOutput } from './math';

export interface RenderLessonOptions {
  /** The URL an image's asset is served from; called only with ids that pass `isSafeAssetId`. */
  assetUrl(assetId: string): string;
  /** Where a video asset's files are served from; without it videos render as their title. */
  videoSources?(assetId: string): VideoSources | null;
  /** The course's language, for the few words the renderer writes itself (default English). */
  language?: CourseLanguage;
  /**
   * How equations are typeset (default `htmlAndMathml`, which needs KaTeX's stylesheet on the
   * page); `mathml` for pages that cannot carry that stylesheet.
   */
  math?: MathOutput;
}

interface RenderContext {
  assetUrl(assetId: string): string;
  videoSources(assetId: string): VideoSources | null;
  labels: ContentLabels;
  uniqueId(base: string): string;
  /** Set inside a link: a nested anchor is invalid HTML, so inner links render as text. */
  inLink: boolean;
  math: MathOutput;
}

/** Renders a lesson to a safe HTML fragment; malformed parts render as little as possible. */
export function renderLessonHtml(doc: LessonDocument, options: RenderLessonOptions): string {
  const root = documentRoot(doc);
  if (!root) return '';
  const usedIds = new Set<string>();
  return renderChildren(root, 0, {
    assetUrl: options.assetUrl,
    videoSources: options.videoSources ?? (() => null),
    labels: contentLabels(options.language),
    // A pasted quiz keeps its id, so two forms may share one; element ids must stay unique.
    uniqueId: (base) => {
      let id = base;
      for (let n = 2; usedIds.has(id); n += 1) id = `${base}-${n}`;
      usedIds.add(id);
      return id;
    },
    inLink: false,
    math: options.math ?? 'htmlAndMathml',
  });
}

/** Renders `node`'s children, which sit one level below `depth`. */
function renderChildren(node: NodeRecord, depth: number, context: RenderContext): string {
  if (depth >= maxLessonDepth) return '';
  let html = '';
  for (const child of childNodes(node)) html += renderNode(child, depth + 1, context);
  return html;
}

function renderNode(node: NodeRecord, depth: number, context: RenderContext): string {
  if (depth > maxLessonDepth) return '';
  switch (node.type) {
    case 'paragraph':
      return renderTextBlock('p', blockAttributes(node, true), node, depth, context);
    case 'heading':
      return renderTextBlock(headingTag(node), blockAttributes(node, true), node, depth, context);
    case 'quote':
      return renderTextBlock('blockquote', blockAttributes(node, true), node, depth, context);
    case 'text':
    case 'code-highlight':
      return renderText(node);
    case 'tab':
      return '\t';
    case 'linebreak':
      return '<br>';
    case 'list':
      return renderList(node, depth, context);
    case 'code':
      return renderCode(node, depth);
    case 'link':
    case 'autolink':
      return renderLink(node, depth, context);
    case 'table':
      return renderTable(node, depth, context);
    case 'horizontalrule':
      return '<hr>';
    case 'image':
      return renderImage(node, context);
    case 'video': {
      const video = readVideo(node);
      return video ? renderVideoFigure(video, context.videoSources(video.assetId), context) : '';
    }
    case 'quiz': {
      const quiz = readQuiz(node);
      return quiz ? renderQuizForm(quiz, context) : '';
    }
    case 'math': {
      const math = readMath(node);
      return math ? renderMathNode(math, context.math) : '';
    }
    default:
      // Root, stray list items / rows / cells, and node types this renderer does not know:
      // their content still reaches the learner, but no markup of theirs does.
      return renderChildren(node, depth, context);
  }
}

function renderTextBlock(
  tag: string,
  attributes: string,
  node: NodeRecord,
  depth: number,
  context: RenderContext,
): string {
  let content = renderChildren(node, depth, context);
  // An empty block, or one ending in a line break, shows an empty line in the editor; a
  // browser collapses it unless a <br> holds the line open.
  if (content === '' || content.endsWith('<br>')) content += '<br>';
  return `<${tag}${attributes}>${content}</${tag}>`;
}

const headingTags: readonly HeadingTag[] = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

function headingTag(node: NodeRecord): HeadingTag {
  const tag = stringField(node, 'tag');
  // Lexical reads an unknown tag as its default, h1; matching it keeps preview and editor alike.
  return headingTags.find((candidate) => candidate === tag) ?? 'h1';
}

// Lexical's legacy numeric alignments: 1 left ... 6 end.
const numericAlignments: readonly ElementAlignment[] = [
  'left',
  'center',
  'right',
  'justify',
  'start',
  'end',
];

function blockAlignment(node: NodeRecord): ElementAlignment | null {
  const format = node.format;
  if (typeof format === 'number') {
    return Number.isInteger(format) ? (numericAlignments[format - 1] ?? null) : null;
  }
  return elementAlignments.find((alignment) => alignment === format) ?? null;
}

/** The class attribute for a block's alignment and (where it is presentational) indent. */
function blockAttributes(node: NodeRecord, withIndent: boolean): string {
  const classes: string[] = [];
  const alignment = blockAlignment(node);
  if (alignment) classes.push(`align-${alignment}`);
  const indent = withIndent ? integerField(node, 'indent', 1, Number.MAX_SAFE_INTEGER) : null;
  if (indent !== null) classes.push(`indent-${Math.min(indent, maxRenderedIndent)}`);
  return classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
}

// Outermost first; a fixed order keeps the output stable whatever order the bits were set in.
const textFormatTags: readonly (readonly [TextFormat, string])[] = [
  ['bold', 'strong'],
  ['italic', 'em'],
  ['strikethrough', 's'],
  ['underline', 'u'],
  ['code', 'code'],
  ['subscript', 'sub'],
  ['superscript', 'sup'],
  ['highlight', 'mark'],
];
const textFormatTagsInnermostFirst = textFormatTags.toReversed();

function renderText(node: NodeRecord): string {
  const text = stringField(node, 'text') ?? '';
  if (text === '') return '';
  const format = integerField(node, 'format', 0, 0x7fffffff) ?? 0;
  let html = escapeHtml(text);
  for (const [name, tag] of textFormatTagsInnermostFirst) {
    if ((format & textFormatBits[name]) !== 0) html = `<${tag}>${html}</${tag}>`;
  }
  return html;
}

function readListType(node: NodeRecord): ListType {
  const listType = stringField(node, 'listType');
  if (listType === 'bullet' || listType === 'number' || listType === 'check') return listType;
  // Older documents spell the type as the tag, and compact ones may only carry the tag.
  const tag = listType ?? stringField(node, 'tag');
  if (tag === 'ul') return 'bullet';
  return 'number';
}

/** Lexical indents a list item by giving it a child list and nothing else. */
function isNestedListItem(node: NodeRecord): boolean {
  const children = childNodes(node);
  return (
    node.type === 'listitem' &&
    children.length > 0 &&
    children.every((child) => child.type === 'list')
  );
}

interface RenderedListItem {
  attributes: string;
  content: string;
}

function renderList(node: NodeRecord, depth: number, context: RenderContext): string {
  const listType = readListType(node);
  const ordered = listType === 'number';
  const start = ordered ? (integerField(node, 'start', -1e9, 1e9) ?? 1) : 1;
  const items: RenderedListItem[] = [];
  // Item numbers come from the structure, as Lexical computes them, not from stored `value`s;
  // `browserNext` tracks what the browser would show so `value` is written only where needed.
  let expected = start;
  let browserNext = start;
  if (depth < maxLessonDepth) {
    for (const child of childNodes(node)) {
      if (isNestedListItem(child)) {
        const nested = renderChildren(child, depth + 1, context);
        const previous = items.at(-1);
        // Valid HTML nests a sub-list inside the item it belongs to.
        if (previous) previous.content += nested;
        else {
          items.push({ attributes: ' class="nested"', content: nested });
          browserNext += 1;
        }
        continue;
      }
      let attributes = '';
      if (listType === 'check') {
        attributes += ` role="checkbox" aria-checked="${child.checked === true}"`;
      }
      if (ordered) {
        if (browserNext !== expected) attributes += ` value="${expected}"`;
        expected += 1;
        browserNext = expected;
      }
      attributes += blockAttributes(child, false);
      const content =
        child.type === 'listitem'
          ? renderChildren(child, depth + 1, context)
          : renderNode(child, depth + 1, context);
      items.push({ attributes, content });
    }
  }
  const body = items.map((item) => `<li${item.attributes}>${item.content}</li>`).join('');
  if (ordered) return `<ol${start !== 1 ? ` start="${start}"` : ''}>${body}</ol>`;
  return `<ul${listType === 'check' ? ' class="checklist"' : ''}>${body}</ul>`;
}

const codeLanguagePattern = /^[a-z0-9+#-]{1,32}$/i;

function renderCode(node: NodeRecord, depth: number): string {
  const language = stringField(node, 'language');
  const attribute =
    language !== null && codeLanguagePattern.test(language)
      ? ` data-language="${escapeHtml(language)}"`
      : '';
  return `<pre><code${attribute}>${escapeHtml(codeText(node, depth))}</code></pre>`;
}

/** A code block's text exactly as typed: highlighting and formatting are presentation only. */
function codeText(node: NodeRecord, depth: number): string {
  if (depth >= maxLessonDepth) return '';
  let text = '';
  for (const child of childNodes(node)) {
    if (child.type === 'linebreak') text += '\n';
    else if (child.type === 'tab') text += '\t';
    else if (child.type === 'text' || child.type === 'code-highlight') {
      text += stringField(child, 'text') ?? '';
    } else text += codeText(child, depth + 1);
  }
  return text;
}

const linkTargets = new Set(['_blank', '_self']);

function renderLink(node: NodeRecord, depth: number, context: RenderContext): string {
  const url = stringField(node, 'url');
  const unlinked = node.type === 'autolink' && node.isUnlinked === true;
  if (context.inLink || unlinked || url === null || !isSafeLinkUrl(url)) {
    return renderChildren(node, depth, context);
  }
  let attributes = ` href="${escapeHtml(url.trim())}" rel="noopener noreferrer"`;
  const target = stringField(node, 'target');
  if (target !== null && linkTargets.has(target)) attributes += ` target="${target}"`;
  const title = stringField(node, 'title');
  if (title) attributes += ` title="${escapeHtml(title)}"`;
  const content = renderChildren(node, depth, { ...context, inLink: true });
  return `<a${attributes}>${content}</a>`;
}

function renderTable(node: NodeRecord, depth: number, context: RenderContext): string {
  let rows = '';
  if (depth < maxLessonDepth) {
    for (const row of childNodes(node)) {
      // Anything but a row is wrapped so the table stays well-formed instead of being
      // hoisted out of it by the browser's parser.
      rows +=
        row.type === 'tablerow'
          ? renderTableRow(row, depth + 1, context)
          : `<tr><td>${renderNode(row, depth + 1, context)}</td></tr>`;
    }
  }
  return `<table><tbody>${rows}</tbody></table>`;
}

function renderTableRow(row: NodeRecord, depth: number, context: RenderContext): string {
  let cells = '';
  if (depth < maxLessonDepth) {
    for (const cell of childNodes(row)) {
      cells +=
        cell.type === 'tablecell'
          ? renderTableCell(cell, depth + 1, context)
          : `<td>${renderNode(cell, depth + 1, context)}</td>`;
    }
  }
  return `<tr>${cells}</tr>`;
}

function renderTableCell(cell: NodeRecord, depth: number, context: RenderContext): string {
  // Lexical's header states: 1 = in a header row, 2 = in a header column, 3 = both.
  const headerState = integerField(cell, 'headerState', 0, 3) ?? 0;
  const tag = headerState === 0 ? 'td' : 'th';
  let attributes = headerState === 0 ? '' : ` scope="${headerState === 2 ? 'row' : 'col'}"`;
  // HTML's own limits on spans.
  const colSpan = integerField(cell, 'colSpan', 2, 1000);
  if (colSpan !== null) attributes += ` colspan="${colSpan}"`;
  const rowSpan = integerField(cell, 'rowSpan', 2, 65534);
  if (rowSpan !== null) attributes += ` rowspan="${rowSpan}"`;
  return `<${tag}${attributes}>${renderChildren(cell, depth, context)}</${tag}>`;
}

function imageDimension(node: NodeRecord, key: string): number | null {
  const value = node[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const rounded = Math.round(value);
  return rounded >= 1 && rounded <= 100_000 ? rounded : null;
}

function renderImage(node: NodeRecord, context: RenderContext): string {
  const assetId = node.assetId;
  if (!isSafeAssetId(assetId)) return '';
  let attributes = ` src="${escapeHtml(context.assetUrl(assetId))}"`;
  attributes += ` alt="${escapeHtml(stringField(node, 'altText') ?? '')}"`;
  const width = imageDimension(node, 'width');
  if (width !== null) attributes += ` width="${width}"`;
  const height = imageDimension(node, 'height');
  if (height !== null) attributes += ` height="${height}"`;
  return `<figure><img${attributes} loading="lazy"></figure>`;
}
