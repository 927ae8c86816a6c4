/**
 * The node types a lesson document may hold, as Lexical serializes them.
 *
 * These shapes describe what the editor writes; the renderer never trusts them and reads every
 * field defensively, because a document may come from an older version, a compact export
 * (which omits default-valued fields) or a hand-edited file.
 */
import type { SerializedNode } from '../model';

/** Every node type the studio stores. Anything else renders only its children. */
export const lessonNodeTypes = [
  'root',
  'paragraph',
  'heading',
  'text',
  'linebreak',
  'tab',
  'list',
  'listitem',
  'quote',
  'code',
  'code-highlight',
  'link',
  'autolink',
  'table',
  'tablerow',
  'tablecell',
  'horizontalrule',
  'image',
  'video',
  'quiz',
  'math',
] as const;
export type LessonNodeType = (typeof lessonNodeTypes)[number];

/** Lexical's text `format` bits, in the order their tags nest (outermost first). */
export const textFormatBits = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
  highlight: 128,
} as const;
export type TextFormat = keyof typeof textFormatBits;

/** Numeric alignments are Lexical's legacy encoding of the same names. */
export const elementAlignments = ['left', 'center', 'right', 'justify', 'start', 'end'] as const;
export type ElementAlignment = (typeof elementAlignments)[number];

/**
 * The renderer's only class names, which a lesson stylesheet is expected to style: `checklist`
 * on check lists, `nested` on a list item that only holds an indented list (and so should show
 * no marker), `align-{alignment}` and `indent-{1..maxRenderedIndent}` on blocks.
 */
export const maxRenderedIndent = 8;

/** Deeper nodes are dropped, so a hostile document cannot exhaust the stack. */
export const maxLessonDepth = 200;

interface SerializedElement extends SerializedNode {
  children: SerializedNode[];
  direction?: 'ltr' | 'rtl' | null;
  format?: ElementAlignment | '' | number;
  indent?: number;
}

export interface SerializedRoot extends SerializedElement {
  type: 'root';
}

export interface SerializedParagraph extends SerializedElement {
  type: 'paragraph';
  textFormat?: number;
  textStyle?: string;
}

export type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

export interface SerializedHeading extends SerializedElement {
  type: 'heading';
  tag: HeadingTag;
}

export interface SerializedText extends SerializedNode {
  type: 'text';
  text: string;
  /** Bitmask of {@link textFormatBits}. */
  format: number;
  detail?: number;
  mode?: 'normal' | 'token' | 'segmented';
  /** Inline CSS from the editor; never rendered, so it cannot smuggle styles into exports. */
  style?: string;
}

export interface SerializedLineBreak extends SerializedNode {
  type: 'linebreak';
}

export interface SerializedTab extends SerializedNode {
  type: 'tab';
  text?: '\t';
}

export type ListType = 'bullet' | 'number' | 'check';

export interface SerializedList extends SerializedElement {
  type: 'list';
  listType: ListType;
  start: number;
  tag: 'ul' | 'ol';
}

export interface SerializedListItem extends SerializedElement {
  type: 'listitem';
  checked?: boolean;
  value: number;
}

export interface SerializedQuote extends SerializedElement {
  type: 'quote';
}

export interface SerializedCode extends SerializedElement {
  type: 'code';
  language?: string | null;
}

export interface SerializedCodeHighlight extends SerializedNode {
  type: 'code-highlight';
  text: string;
  highlightType?: string | null;
}

export interface SerializedLink extends SerializedElement {
  type: 'link' | 'autolink';
  url: string;
  rel?: string | null;
  target?: string | null;
  title?: string | null;
  /** Autolinks only: the author undid the automatic link, so it renders as plain text. */
  isUnlinked?: boolean;
}

export interface SerializedTable extends SerializedElement {
  type: 'table';
  colWidths?: number[];
  rowStriping?: boolean;
}

export interface SerializedTableRow extends SerializedElement {
  type: 'tablerow';
  height?: number;
}

/** Lexical's `TableCellHeaderStates`. */
export const tableCellHeaderStates = { none: 0, row: 1, column: 2, both: 3 } as const;

export interface SerializedTableCell extends SerializedElement {
  type: 'tablecell';
  headerState: number;
  colSpan?: number;
  rowSpan?: number;
  width?: number;
  backgroundColor?: string | null;
}

export interface SerializedHorizontalRule extends SerializedNode {
  type: 'horizontalrule';
}

/** The studio's own node: an image stored in the course's asset table. */
export interface SerializedImageNode extends SerializedNode {
  type: 'image';
  version: 1;
  assetId: string;
  altText: string;
  width?: number;
  height?: number;
}

/**
 * A video asset placed in a lesson. `chapters` override the asset's own; `questions` are quizzes
 * that pause playback at `time` (seconds) until answered.
 */
export interface SerializedVideoNode extends SerializedNode {
  type: 'video';
  version: 1;
  assetId: string;
  title?: string;
  chapters?: VideoChapter[];
  questions?: VideoQuestion[];
}

export interface VideoChapter {
  time: number;
  title: string;
}

export interface VideoQuestion {
  time: number;
  quiz: QuizData;
}

export const quizKinds = ['single', 'multiple', 'truefalse', 'fill'] as const;
export type QuizKind = (typeof quizKinds)[number];

export interface QuizChoice {
  id: string;
  text: string;
  correct: boolean;
  feedback?: string;
}

/** A question as the author wrote it; `readQuiz` turns untrusted data into this shape. */
export interface QuizData {
  id: string;
  kind: QuizKind;
  prompt: string;
  /** single, multiple and truefalse (exactly two: true first, then false). */
  choices?: QuizChoice[];
  /** fill: accepted answers, compared ignoring case, width and spaces. */
  answers?: string[];
  explanation?: string;
  points: number;
  /** Attempts before the answer is final; 0 or absent means unlimited retries. */
  maxAttempts?: number;
  /**
   * single and multiple: the player shows the choices in a new order each time, so learners
   * cannot pass answers on as "the second one". Absent means on; only `false` is stored.
   */
  shuffle?: boolean;
}

/** The studio's quiz block: one question with its scoring. */
export interface SerializedQuizNode extends SerializedNode, QuizData {
  type: 'quiz';
  version: 1;
}

export type LessonNode =
  | SerializedRoot
  | SerializedParagraph
  | SerializedHeading
  | SerializedText
  | SerializedLineBreak
  | SerializedTab
  | SerializedList
  | SerializedListItem
  | SerializedQuote
  | SerializedCode
  | SerializedCodeHighlight
  | SerializedLink
  | SerializedTable
  | SerializedTableRow
  | SerializedTableCell
  | SerializedHorizontalRule
  | SerializedImageNode
  | SerializedVideoNode
  | SerializedQuizNode
  | SerializedMath;

const assetIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether an image's asset id is one the renderer will turn into a URL. */
export function isSafeAssetId(assetId: unknown): assetId is string {
  return typeof assetId === 'string' && assetIdPattern.test(assetId);
}

// --- Math ---

/**
 * An equation in LaTeX, inside a line of text (`inline`) or on its own line. Typeset with KaTeX
 * when the lesson is rendered (see math.ts); the document keeps only the source.
 */
export interface SerializedMath extends SerializedNode {
  type: 'math';
  version: 1;
  latex: string;
  inline: boolean;
}
