/**
 * Video and audio in the editor: files dropped or pasted on the lesson, picked in the "Insert
 * video" dialog or chosen from the library are uploaded, handed to `media.import` for this
 * lesson and placed as a video block where they were dropped (or at the caret). The block
 * shows the import's progress until the video is ready.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_LOW, COMMAND_PRIORITY_NORMAL } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../../i18n/I18nProvider';
import { mediaAccept, mediaFilesIn } from '../../../media/mediaFiles';
import { useMediaActions } from '../../../media/useMediaActions';
import { useNotify } from '../../../notifications/Notifications';
import { $blockAnchor, $insertBlockAt, type BlockAnchor } from '../../insertBlock';
import { $createVideoNode } from '../../nodes/VideoNode';
import { OPEN_VIDEO_PICKER_COMMAND } from './commands';
import { VideoPickerDialog } from './VideoPickerDialog';

export function MediaPlugin({ lessonId }: { lessonId: string }) {
  const [editor] = useLexicalComposerContext();
  const { importFile } = useMediaActions();
  const t = useT();
  const notify = useNotify();
  const inputRef = useRef<HTMLInputElement>(null);
  const [picking, setPicking] = useState(false);
  // Where the next block goes: the drop point, or the caret when the picker opened.
  const anchorRef = useRef<BlockAnchor | null>(null);

  const insertVideo = useCallback(
    (assetId: string, anchor: BlockAnchor | null) =>
      editor.update(() => $insertBlockAt($createVideoNode({ assetId }), anchor)),
    [editor],
  );

  // The lesson on screen now: an upload can outlast a switch to another lesson.
  const openLesson = useRef(lessonId);
  useEffect(() => {
    openLesson.current = lessonId;
  }, [lessonId]);

  const importFiles = useCallback(
    async (files: File[], anchor: BlockAnchor | null) => {
      for (const file of files) {
        const imported = await importFile(file, lessonId);
        if (!imported) continue;
        // Never drop a block into a lesson the file was not meant for: it waits in the library.
        if (openLesson.current === lessonId) insertVideo(imported.assetId, anchor);
        else notify(t('video.keptInLibrary', { name: file.name }), 'info');
      }
    },
    [importFile, insertVideo, lessonId, notify, t],
  );

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          OPEN_VIDEO_PICKER_COMMAND,
          () => {
            anchorRef.current = $blockAnchor();
            setPicking(true);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        // Rich text turns dropped and pasted files into this command, with the selection
        // already at the drop point. Other files (images) are left to their plugins.
        editor.registerCommand(
          DRAG_DROP_PASTE,
          (files) => {
            const media = mediaFilesIn(files);
            if (media.length === 0) return false;
            void importFiles(media, $blockAnchor());
            return media.length === files.length;
          },
          COMMAND_PRIORITY_NORMAL,
        ),
      ),
    [editor, importFiles],
  );

  return (
    <>
      <input
        ref={inputRef}
        type="file"
        accept={mediaAccept}
        multiple
        hidden
        data-testid="video-file-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) {
            // Chosen without the dialog (tests, assistive tech): the caret decides.
            const anchorKey = picking ? anchorRef.current : editor.read(() => $blockAnchor());
            setPicking(false);
            void importFiles(files, anchorKey);
          }
        }}
      />
      {picking &&
        createPortal(
          <VideoPickerDialog
            onChooseAsset={(assetId) => {
              setPicking(false);
              insertVideo(assetId, anchorRef.current);
            }}
            onChooseFile={() => inputRef.current?.click()}
            onClose={() => setPicking(false)}
          />,
          document.body,
        )}
    </>
  );
}
