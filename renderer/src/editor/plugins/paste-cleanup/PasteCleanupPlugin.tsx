/**
 * Pasted HTML goes through cleanPastedHtml before Lexical sees it. Content copied from this
 * editor (Lexical's own clipboard format) is left to Lexical, which keeps it exactly; pasted
 * files without text are left to the images plugin.
 *
 * Images inside the HTML (Word and Google Docs put them there) come along as course images
 * when the HTML carries their bytes (`data:` URLs): they go through the images plugin, after
 * the pasted text. Others (Word's `file:` paths, which a web page may not read) cannot, and a
 * notification says how many were left behind.
 */
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { $getSelection, COMMAND_PRIORITY_LOW, PASTE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { useT } from '../../../i18n/I18nProvider';
import { useNotify } from '../../../notifications/Notifications';
import { cleanPastedHtml, dataUrlToFile, hasContent, pastedImageSources } from './cleanPastedHtml';

const LEXICAL_CLIPBOARD_TYPE = 'application/x-lexical-editor';

export function PasteCleanupPlugin() {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  const notify = useNotify();

  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = event instanceof ClipboardEvent ? event.clipboardData : null;
          if (!data || data.types.includes(LEXICAL_CLIPBOARD_TYPE)) return false;
          const html = data.getData('text/html');
          if (!html) return false;
          const doc = cleanPastedHtml(html);
          const sources = pastedImageSources(html);
          const files = sources
            .map((src, index) => dataUrlToFile(src, index))
            .filter((file) => file !== null);
          const leftBehind = sources.length - files.length;
          const withText = hasContent(doc);
          // A copied image alone arrives as a file too; the images plugin takes that.
          if (!withText && files.length === 0) return false;
          const selection = $getSelection();
          if (!selection) return false;
          event.preventDefault();
          if (withText) {
            $insertGeneratedNodes(editor, $generateNodesFromDOM(editor, doc), selection);
          }
          if (files.length > 0) {
            // In an update of its own, so the images land after the text just pasted.
            setTimeout(() => editor.dispatchCommand(DRAG_DROP_PASTE, files), 0);
          }
          if (leftBehind > 0) {
            notify(
              leftBehind === 1
                ? t('paste.imageFailed')
                : t('paste.imagesFailed', { count: leftBehind }),
            );
          }
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, notify, t],
  );

  return null;
}
