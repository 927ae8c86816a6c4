/**
 * Feeds editor changes to the LessonSaver and flushes it whenever the page might go away
 * (hidden tab, closing window, reload), so at most the last fraction of a second is at risk.
 */
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import type { EditorState } from 'lexical';
import { useEffect } from 'react';
import type { LessonDocument } from '../../../../../electron/shared/model';
import { LOAD_TAG } from '../lesson-loader/loadTag';
import { unwrapUnknownBlocks } from '../lesson-loader/unknownContent';
import type { LessonSaver } from './LessonSaver';

export function AutosavePlugin({ saver }: { saver: LessonSaver }) {
  useEffect(() => {
    const flush = () => void saver.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      flush();
    };
  }, [saver]);

  const onChange = (editorState: EditorState, _editor: unknown, tags: Set<string>) => {
    // Loading a lesson is not an edit.
    if (tags.has(LOAD_TAG)) return;
    // Placeholders of unknown content are saved as the original blocks they carry.
    saver.change(() => unwrapUnknownBlocks(editorState.toJSON() as unknown as LessonDocument));
  };

  return (
    <OnChangePlugin ignoreSelectionChange ignoreHistoryMergeTagChange={false} onChange={onChange} />
  );
}
