/**
 * The editor's node set and CSS class names. Only these nodes exist in a lesson: the HTML
 * renderer in electron/shared/content knows exactly this list, so anything else would be lost
 * on export.
 */
import { CodeHighlightNode, CodeNode } from '@lexical/code';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { EditorThemeClasses, Klass, LexicalNode } from 'lexical';
import { ImageNode } from './nodes/ImageNode';
import { MathNode } from './nodes/MathNode';
import { QuizNode } from './nodes/QuizNode';
import { UnknownBlockNode } from './nodes/UnknownBlockNode';
import { VideoNode } from './nodes/VideoNode';

export const lessonNodes: Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  CodeNode,
  CodeHighlightNode,
  LinkNode,
  AutoLinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  HorizontalRuleNode,
  ImageNode,
  VideoNode,
  QuizNode,
  // Only a placeholder for content this version does not know; saved back as the original.
  UnknownBlockNode,
  MathNode,
];

/** Class names are prefixed `lc-` (lesson content); styles/lesson-content.css styles them. */
export const lessonTheme: EditorThemeClasses = {
  paragraph: 'lc-p',
  heading: { h1: 'lc-h1', h2: 'lc-h2', h3: 'lc-h3', h4: 'lc-h3', h5: 'lc-h3', h6: 'lc-h3' },
  quote: 'lc-quote',
  code: 'lc-code',
  link: 'lc-link',
  hr: 'lc-hr',
  hrSelected: 'is-selected',
  image: 'lc-image',
  video: 'lc-video',
  quiz: 'lc-quiz',
  'unknown-block': 'lc-unknown',
  mathInline: 'lc-math',
  mathBlock: 'lc-math-block',
  list: {
    ul: 'lc-ul',
    ol: 'lc-ol',
    listitem: 'lc-li',
    listitemChecked: 'lc-li-checked',
    listitemUnchecked: 'lc-li-unchecked',
    checklist: 'lc-checklist',
    nested: { listitem: 'lc-li-nested' },
  },
  table: 'lc-table',
  tableScrollableWrapper: 'lc-table-scroll',
  tableRow: 'lc-tr',
  tableCell: 'lc-td',
  tableCellHeader: 'lc-th',
  tableSelection: 'lc-table-selection',
  tableCellSelected: 'lc-td-selected',
  text: {
    bold: 'lc-bold',
    italic: 'lc-italic',
    underline: 'lc-underline',
    strikethrough: 'lc-strike',
    underlineStrikethrough: 'lc-underline-strike',
    code: 'lc-inline-code',
    subscript: 'lc-sub',
    superscript: 'lc-sup',
  },
  indent: 'lc-indent',
};
