/**
 * Puts a lesson from the studio into the editor: on open, after a save conflict, and when another
 * window saved the lesson while this one has no unsaved edits. Each load starts a fresh undo
 * history, so Ctrl+Z never walks back into a different lesson or an older server version.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, CLEAR_HISTORY_COMMAND } from 'lexical';
import { useEffect, useEffectEvent } from 'react';
import { emptyLessonDocument } from '../../../../../electron/shared/model';
import { call, clientId, on } from '../../../api';
import type { LessonSaver } from '../autosave/LessonSaver';
import { useT } from '../../../i18n/I18nProvider';
import { useNotify } from '../../../notifications/Notifications';
import { LOAD_TAG } from './loadTag';
import { wrapUnknownBlocks } from './unknownContent';

export type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; blocks: number }
  /** Shown, never saved: it holds content this version does not know, or did not load whole. */
  | { status: 'readonly'; unknownTypes: string[] }
  | { status: 'failed'; error: unknown };

interface LessonLoaderProps {
  lessonId: string;
  saver: LessonSaver;
  onStateChange: (state: LoadState) => void;
}

export function LessonLoaderPlugin({ lessonId, saver, onStateChange }: LessonLoaderProps) {
  const [editor] = useLexicalComposerContext();
  const report = useEffectEvent(onStateChange);
  const t = useT();
  const notify = useNotify();
  // The other window's version replaces ours; say so rather than change the text silently.
  const notifyConflict = useEffectEvent(() => notify(t('error.REVISION_CONFLICT'), 'info'));

  useEffect(() => {
    let cancelled = false;

    const load = async (reason: 'open' | 'refresh') => {
      if (reason === 'open') {
        // Nothing typed while the next lesson loads may land in the previous one.
        saver.detach();
        editor.setEditable(false);
        report({ status: 'loading' });
      }
      try {
        const lesson = await call('lesson.get', { id: lessonId });
        if (cancelled) return;
        const doc = lesson.doc.root.children.length > 0 ? lesson.doc : emptyLessonDocument();
        const { doc: shown, unknownTypes } = wrapUnknownBlocks(doc, (type) =>
          editor._nodes.has(type),
        );
        editor.setEditorState(editor.parseEditorState(JSON.stringify(shown)), { tag: LOAD_TAG });
        editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
        // Lexical reports some parse failures to onError and goes on with what it has: a
        // document that lost blocks on the way in must never be saved back.
        const loadedBlocks = editor.getEditorState().read(() => $getRoot().getChildrenSize());
        const whole = loadedBlocks === shown.root.children.length;
        if (unknownTypes.length > 0 || !whole) {
          saver.detach();
          editor.setEditable(false);
          report({ status: 'readonly', unknownTypes: whole ? unknownTypes : ['…'] });
          return;
        }
        saver.attach(lessonId, lesson.revision, doc);
        editor.setEditable(true);
        report({ status: 'ready', blocks: doc.root.children.length });
      } catch (error) {
        // Stay read-only: a document we cannot parse must not be overwritten by an empty one.
        if (!cancelled) report({ status: 'failed', error });
      }
    };

    void load('open');
    const stopConflicts = saver.onConflict(() => {
      notifyConflict();
      void load('refresh');
    });
    const stopListening = on('project.changed', (change) => {
      if (change.origin === clientId || change.reason !== 'lesson' || change.lessonId !== lessonId)
        return;
      if (change.revision !== undefined && change.revision === saver.currentRevision) return;
      // With local edits pending, our next save conflicts and the conflict reloads instead.
      if (saver.hasUnsavedChanges()) return;
      void load('refresh');
    });
    return () => {
      cancelled = true;
      stopListening();
      stopConflicts();
    };
  }, [editor, lessonId, saver]);

  return null;
}
