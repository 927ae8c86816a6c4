/**
 * The lesson editor: one Lexical editor for the whole session, whose document is swapped when
 * another lesson opens (LessonLoaderPlugin) and saved as the author types (AutosavePlugin).
 */
import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { HorizontalRulePlugin } from '@lexical/react/LexicalHorizontalRulePlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';
import { lessonNodes, lessonTheme } from './editorConfig';
import { AutosavePlugin } from './plugins/autosave/AutosavePlugin';
import type { LessonSaver } from './plugins/autosave/LessonSaver';
import { ImagesPlugin } from './plugins/images/ImagesPlugin';
import { LessonLoaderPlugin, type LoadState } from './plugins/lesson-loader/LessonLoaderPlugin';
import { BlockMovePlugin } from './plugins/block-move/BlockMovePlugin';
import { ReviewReadOnlyPlugin } from '../review/ReviewReadOnlyPlugin';
import { DecoratorInputsPlugin } from './plugins/decorator-inputs/DecoratorInputsPlugin';
import { LinkDialogPlugin } from './plugins/link/LinkDialogPlugin';
import { MathPlugin } from './plugins/math/MathPlugin';
import { SpecialCharactersPlugin } from './plugins/math/SpecialCharactersPlugin';
import { MediaPlugin } from './plugins/media/MediaPlugin';
import { MarkdownPlugin } from './plugins/markdown/MarkdownPlugin';
import { RevealBlockPlugin, type RevealTarget } from './plugins/reveal-block/RevealBlockPlugin';
import { PasteCleanupPlugin } from './plugins/paste-cleanup/PasteCleanupPlugin';
import { QuestionPresencePlugin } from './plugins/question-presence/QuestionPresencePlugin';
import { QuizPlugin } from './plugins/quiz/QuizPlugin';
import { SlashMenuPlugin } from './plugins/slash-menu/SlashMenuPlugin';
import { ListTabPlugin } from './plugins/tab-indentation/ListTabPlugin';
import { TableMenuPlugin } from './plugins/table/TableMenuPlugin';
import { TextHygienePlugin } from './plugins/text-hygiene/TextHygienePlugin';
import { ToolbarPlugin } from './plugins/toolbar/ToolbarPlugin';

/**
 * Above this many blocks Chromium's spell checker re-scans enough text on each keystroke to
 * make typing lag (measured in tests/bench/editor.bench.ts), so very long lessons go without.
 */
const SPELLCHECK_MAX_BLOCKS = 2000;

const initialConfig: InitialConfigType = {
  namespace: 'course-studio-lesson',
  nodes: lessonNodes,
  theme: lessonTheme,
  editable: false,
  onError: (error) => {
    // Lexical reports invariant violations here; surface them instead of losing edits silently.
    console.error(error);
  },
};

interface LessonEditorProps {
  lessonId: string;
  lessonTitle: string;
  sectionTitle: string;
  saver: LessonSaver;
  /** The lesson's own pass mark, or null when the course's applies. */
  passingScore: number | null;
  coursePassingScore: number;
  onPreview: () => void;
  /** A block to bring into view once this lesson shows it (the readiness check's "Go to"). */
  reveal?: RevealTarget | null;
  onPassingScore: () => void;
  /** A review copy: the content cannot be edited */
  readOnly?: boolean;
}

export function LessonEditor({
  lessonId,
  lessonTitle,
  sectionTitle,
  saver,
  passingScore,
  coursePassingScore,
  onPreview,
  onPassingScore,
  reveal = null,
  readOnly = false,
}: LessonEditorProps) {
  const t = useT();
  const [loadState, setLoadState] = useState<LoadState>({ status: 'loading' });
  const [hasQuestions, setHasQuestions] = useState(false);

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div
        className="editor"
        data-testid="lesson-editor"
        aria-busy={loadState.status === 'loading'}
      >
        <ToolbarPlugin />
        <QuestionPresencePlugin onChange={setHasQuestions} />
        <div className="editor-scroll">
          <article className="editor-page">
            <div className="lesson-heading">
              <p className="lesson-breadcrumb">
                <span>{sectionTitle}</span>
                <span aria-hidden="true"> › </span>
                <span className="lesson-title" data-testid="lesson-title">
                  {lessonTitle}
                </span>
              </p>
              <div className="lesson-actions">
                {/* A pass mark only means something where there are questions (or one is set). */}
                {(hasQuestions || passingScore !== null) && (
                  <button
                    type="button"
                    className="button button-small button-ghost"
                    onClick={onPassingScore}
                    data-testid="lesson-passing"
                  >
                    {passingScore === null
                      ? t('editor.passingCourse', { score: coursePassingScore })
                      : t('editor.passingOwn', { score: passingScore })}
                  </button>
                )}
                <button
                  type="button"
                  className="button button-small button-ghost"
                  onClick={onPreview}
                  data-testid="preview-lesson"
                >
                  {t('editor.previewLesson')}
                </button>
              </div>
            </div>
            {loadState.status === 'readonly' && (
              <p className="lesson-readonly-notice" role="alert" data-testid="lesson-readonly">
                {t('lesson.unknownContent', { types: loadState.unknownTypes.join(', ') })}
              </p>
            )}
            {loadState.status === 'failed' && (
              <p className="form-error" role="alert">
                {t('editor.loadFailed', { error: errorText(t, loadState.error) })}
              </p>
            )}
            <div className="editor-body">
              <RichTextPlugin
                contentEditable={
                  <ContentEditable
                    className="lesson-content"
                    spellCheck={
                      !(loadState.status === 'ready' && loadState.blocks > SPELLCHECK_MAX_BLOCKS)
                    }
                    aria-label={t('editor.label')}
                    aria-placeholder={t('editor.placeholder')}
                    placeholder={(editable) =>
                      editable ? (
                        <div className="editor-placeholder">{t('editor.placeholder')}</div>
                      ) : null
                    }
                    data-testid="lesson-content"
                  />
                }
                ErrorBoundary={LexicalErrorBoundary}
              />
            </div>
          </article>
        </div>
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <CheckListPlugin />
      <TablePlugin hasCellMerge hasCellBackgroundColor={false} hasHorizontalScroll />
      <TableMenuPlugin />
      <BlockMovePlugin />
      <HorizontalRulePlugin />
      <MarkdownPlugin />
      <ListTabPlugin />
      <LinkDialogPlugin />
      <ImagesPlugin />
      <MediaPlugin lessonId={lessonId} />
      <QuizPlugin />
      <MathPlugin />
      <SpecialCharactersPlugin />
      <DecoratorInputsPlugin />
      <PasteCleanupPlugin />
      <TextHygienePlugin />
      <SlashMenuPlugin />
      <LessonLoaderPlugin lessonId={lessonId} saver={saver} onStateChange={setLoadState} />
      {/* After the loader: its effect makes the editor read-only while the lesson loads. */}
      <RevealBlockPlugin lessonId={lessonId} target={reveal} />
      <ReviewReadOnlyPlugin readOnly={readOnly} />
      <AutosavePlugin saver={saver} />
    </LexicalComposer>
  );
}
