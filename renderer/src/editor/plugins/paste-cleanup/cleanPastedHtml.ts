/**
 * Cleans HTML from Word, WPS, Google Docs and web pages before Lexical imports it. A lesson keeps
 * structure (headings, paragraphs, lists, quotes, code, tables, links) and the text formats
 * (with sub/superscript, for H₂O and x²); fonts, colours, sizes, classes and everything else
 * are dropped. Images are taken out here and brought in as course images by the plugin.
 * Formatting that arrives only as inline style (Google Docs, Word) is turned into tags first.
 */
import { isAllowedLinkUrl } from '../link/linkUrl';
import { convertWordLists } from './wordLists';

const droppedElements =
  'script, style, meta, link, title, template, iframe, object, embed, svg, math, img, picture, video, audio, canvas, form, input, button, select, textarea, noscript, xml, caption';

/** Tags kept as they are (all attributes still go, except the few in `keptAttributes`). */
const keptTags = new Set([
  'P',
  'BR',
  'H1',
  'H2',
  'H3',
  'UL',
  'OL',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'CODE',
  'B',
  'STRONG',
  'I',
  'EM',
  'U',
  'S',
  'SUB',
  'SUP',
  'A',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'HR',
]);

const renamedTags: Record<string, string> = {
  H4: 'h3',
  H5: 'h3',
  H6: 'h3',
  STRIKE: 's',
  DEL: 's',
  INS: 'u',
  DT: 'p',
  DD: 'p',
  KBD: 'code',
  SAMP: 'code',
};

/** Containers that become a paragraph when they hold only text, and vanish otherwise. */
const blockContainers = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'FIGURE',
  'FIGCAPTION',
  'CENTER',
  'ADDRESS',
]);

const blockChildSelector =
  'p, h1, h2, h3, h4, h5, h6, ul, ol, table, blockquote, pre, hr, div, section, article, figure, dl';

const keptAttributes: Record<string, string[]> = {
  A: ['href'],
  TD: ['colspan', 'rowspan'],
  TH: ['colspan', 'rowspan'],
  OL: ['start'],
};

export function cleanPastedHtml(html: string): Document {
  // DOMParser builds an inert document: no scripts run and nothing is fetched.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  removeComments(doc);
  doc.body.querySelectorAll(droppedElements).forEach((element) => element.remove());
  // Word's empty-paragraph filler <o:p>.
  doc.body.querySelectorAll('*').forEach((element) => {
    if (element.tagName.includes(':')) element.replaceWith(...Array.from(element.childNodes));
  });
  convertWordLists(doc);
  doc.body.querySelectorAll('p.MsoTitle').forEach((element) => rename(element, 'h1'));
  doc.body.querySelectorAll('p.MsoSubtitle').forEach((element) => rename(element, 'h2'));
  doc.body.querySelectorAll<HTMLElement>('[style]').forEach(styleToTags);
  for (const element of Array.from(doc.body.querySelectorAll('*'))) cleanElement(element);
  removeEmptyParagraphs(doc);
  return doc;
}

function removeComments(doc: Document): void {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((comment) => comment.parentNode?.removeChild(comment));
}

function rename(element: Element, tag: string): Element {
  const replacement = element.ownerDocument.createElement(tag);
  for (const attribute of Array.from(element.attributes))
    replacement.setAttribute(attribute.name, attribute.value);
  replacement.append(...Array.from(element.childNodes));
  element.replaceWith(replacement);
  return replacement;
}

/** Bold/italic/underline/strike expressed as CSS become tags, so they survive dropping `style`. */
function styleToTags(element: HTMLElement): void {
  const style = element.style;
  const weight = style.fontWeight;
  const isBoldTag = element.tagName === 'B' || element.tagName === 'STRONG';
  if (isBoldTag && (weight === 'normal' || weight === '400')) {
    // Google Docs wraps everything it copies in <b style="font-weight:normal">.
    element.replaceWith(...Array.from(element.childNodes));
    return;
  }
  const decoration = `${style.textDecoration} ${style.textDecorationLine}`;
  const wrappers: string[] = [];
  if (!isBoldTag && (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600))
    wrappers.push('b');
  if (style.fontStyle === 'italic' || style.fontStyle === 'oblique') wrappers.push('i');
  if (decoration.includes('underline')) wrappers.push('u');
  if (decoration.includes('line-through')) wrappers.push('s');
  // Google Docs marks H₂O and x² only with vertical-align; Word sometimes does too.
  const verticalAlign = style.verticalAlign;
  if (verticalAlign === 'sub' && element.tagName !== 'SUB') wrappers.push('sub');
  if ((verticalAlign === 'super' || verticalAlign === 'sup') && element.tagName !== 'SUP') {
    wrappers.push('sup');
  }
  // Headings are bold already; marking their text bold as well would only add noise.
  if (/^H[1-6]$/.test(element.tagName) && wrappers[0] === 'b') wrappers.shift();
  let inner: Element = element;
  for (const tag of wrappers) {
    const wrapper = element.ownerDocument.createElement(tag);
    wrapper.append(...Array.from(inner.childNodes));
    inner.appendChild(wrapper);
    inner = wrapper;
  }
}

function cleanElement(original: Element): void {
  if (!original.isConnected) return;
  const tag = original.tagName;
  let element = original;
  const newTag = renamedTags[tag];
  if (newTag) {
    element = rename(original, newTag);
  } else if (blockContainers.has(tag)) {
    if (original.querySelector(blockChildSelector)) {
      original.replaceWith(...Array.from(original.childNodes));
      return;
    }
    element = rename(original, 'p');
  } else if (tag === 'A' && !isAllowedLinkUrl(original.getAttribute('href') ?? '')) {
    // Anchors, javascript: and relative links keep their text but stop being links.
    original.replaceWith(...Array.from(original.childNodes));
    return;
  } else if (!keptTags.has(tag)) {
    original.replaceWith(...Array.from(original.childNodes));
    return;
  }
  const allowed = keptAttributes[element.tagName] ?? [];
  for (const attribute of Array.from(element.attributes)) {
    if (!allowed.includes(attribute.name)) element.removeAttribute(attribute.name);
  }
}

function removeEmptyParagraphs(doc: Document): void {
  doc.body.querySelectorAll('p').forEach((paragraph) => {
    const text = (paragraph.textContent ?? '').replace(/[\s\u00a0]/g, '');
    if (text === '' && !paragraph.querySelector('br, hr')) paragraph.remove();
  });
}

/** Whether the cleaned document has anything to insert (a copied image alone has not). */
export function hasContent(doc: Document): boolean {
  return (doc.body.textContent ?? '').trim() !== '' || doc.body.querySelector('hr, table') !== null;
}

/** The `src` of every image in pasted HTML, in document order (read before cleaning drops them). */
export function pastedImageSources(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return Array.from(doc.body.querySelectorAll('img'))
    .map((image) => image.getAttribute('src') ?? '')
    .filter((src) => src !== '');
}

const dataImagePattern =
  /^data:(image\/(?:png|jpeg|gif|webp|avif|bmp|svg\+xml));base64,([a-z0-9+/=\s]+)$/i;

/**
 * A pasted `data:` image as a file for the images plugin; null for anything else (`file:`
 * paths from Word, which a browser page may not read, and images on other sites).
 */
export function dataUrlToFile(src: string, index: number): File | null {
  const match = dataImagePattern.exec(src.trim());
  const mime = match?.[1]?.toLowerCase();
  const base64 = match?.[2];
  if (!mime || !base64) return null;
  try {
    const binary = atob(base64.replace(/\s/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    const extension = mime.split('/')[1]?.replace('+xml', '') ?? 'png';
    return new File([bytes], `pasted-image-${index + 1}.${extension}`, { type: mime });
  } catch {
    return null;
  }
}
