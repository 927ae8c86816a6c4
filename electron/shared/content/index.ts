/** Lesson documents: the node types the studio stores and the one renderer every output uses. */
export { escapeHtml } from './escape';
export { isSafeLinkUrl } from './links';
export { lessonPlainText } from './plainText';
export {
  renderLessonHtml,
  type RenderLessonOptions,
  type VideoCaptionSource,
  type VideoSources,
} from './render';
export {
  maxLatexLength,
  readMath,
  renderLatex,
  usesKatexStylesheet,
  type MathBlock,
  type MathOutput,
} from './math';
export { contentLabels, type ContentLabels } from './labels';
export {
  correctChoiceIds,
  gradeQuiz,
  maxQuizPoints,
  normalizeFillAnswer,
  readQuiz,
  type Quiz,
  type QuizAnswer,
  type QuizGrade,
} from './quiz';
export { formatClockTime, readChapters, readVideo, type VideoBlock } from './video';
export {
  elementAlignments,
  isSafeAssetId,
  lessonNodeTypes,
  maxLessonDepth,
  maxRenderedIndent,
  quizKinds,
  tableCellHeaderStates,
  textFormatBits,
} from './nodes';
export type {
  ElementAlignment,
  HeadingTag,
  LessonNode,
  LessonNodeType,
  ListType,
  QuizChoice,
  QuizData,
  QuizKind,
  SerializedCode,
  SerializedCodeHighlight,
  SerializedHeading,
  SerializedHorizontalRule,
  SerializedImageNode,
  SerializedLineBreak,
  SerializedLink,
  SerializedList,
  SerializedListItem,
  SerializedMath,
  SerializedParagraph,
  SerializedQuizNode,
  SerializedQuote,
  SerializedRoot,
  SerializedTab,
  SerializedTable,
  SerializedTableCell,
  SerializedTableRow,
  SerializedText,
  SerializedVideoNode,
  TextFormat,
  VideoChapter,
  VideoQuestion,
} from './nodes';
