/**
 * Images from the file picker, the clipboard and drag-and-drop: each file is read, stored in the
 * course with asset.addImage and inserted as an ImageNode at the selection (or at the end).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_LOW } from 'lexical';
import { useCallback, useEffect, useRef } from 'react';
import { MAX_IMAGE_BYTES } from '../../../../../electron/shared/contract';
import { call } from '../../../api';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../i18n/errorText';
import { useNotify } from '../../../notifications/Notifications';
import { $insertBlock } from '../../insertBlock';
import { $createImageNode, type ImageNode } from '../../nodes/ImageNode';
import { PICK_IMAGE_COMMAND } from './commands';
import { readImageFile } from './readImageFile';

/** Inserts the image at the caret and puts the caret in the paragraph after it. */
function $insertImage(image: ImageNode): void {
  $insertBlock(image);
  image.getNextSibling()?.selectStart();
}

export function ImagesPlugin() {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  const notify = useNotify();
  const inputRef = useRef<HTMLInputElement>(null);

  const insertFiles = useCallback(
    async (files: File[]) => {
      for (const file of files) {
        if (!file.type.startsWith('image/')) {
          notify(t('image.notImage', { name: file.name }));
          continue;
        }
        if (file.size > MAX_IMAGE_BYTES) {
          notify(t('image.tooLarge', { name: file.name, size: MAX_IMAGE_BYTES / 1024 / 1024 }));
          continue;
        }
        try {
          const { dataBase64, width, height } = await readImageFile(file);
          const asset = await call('asset.addImage', {
            name: file.name || 'image',
            mime: file.type,
            dataBase64,
          });
          editor.update(() =>
            $insertImage($createImageNode({ assetId: asset.id, altText: '', width, height })),
          );
        } catch (error) {
          notify(errorText(t, error));
        }
      }
    },
    [editor, notify, t],
  );

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          PICK_IMAGE_COMMAND,
          () => {
            inputRef.current?.click();
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        // Rich text turns pasted and dropped files (without text alongside) into this command.
        editor.registerCommand(
          DRAG_DROP_PASTE,
          (files) => {
            const images = files.filter((file) => file.type.startsWith('image/'));
            if (images.length === 0) return false;
            void insertFiles(images);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, insertFiles],
  );

  return (
    <input
      ref={inputRef}
      type="file"
      accept="image/*"
      multiple
      hidden
      data-testid="image-file-input"
      onChange={(event) => {
        const files = Array.from(event.target.files ?? []);
        event.target.value = '';
        if (files.length > 0) void insertFiles(files);
      }}
    />
  );
}
