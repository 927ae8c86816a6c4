/** Lesson documents: the node types the studio stores and the one renderer every output uses. */
export { escapeHtml } from './escape';
export { isSafeLinkUrl } from './links';
export { lessonPlainText } from './plainText';
export { renderLessonHtml, type RenderLessonOptions } from './render';
export {
  elementAlignments,
  isSafeAssetId,
  lessonNodeTypes,
  maxLessonDepth,
  maxRenderedIndent,
  tableCellHeaderStates,
  textFormatBits,
} from './nodes';
export type {
  ElementAlignment,
  HeadingTag,
  LessonNode,
  LessonNodeType,
  ListType,
  SerializedCode,
  SerializedCodeHighlight,
  SerializedHeading,
  SerializedHorizontalRule,
  SerializedImage,
  SerializedLineBreak,
  SerializedLink,
  SerializedList,
  SerializedListItem,
  SerializedParagraph,
  SerializedQuote,
  SerializedRoot,
  SerializedTab,
  SerializedTable,
  SerializedTableCell,
  SerializedTableRow,
  SerializedText,
  TextFormat,
} from './nodes';
