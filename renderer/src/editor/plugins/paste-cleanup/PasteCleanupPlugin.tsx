/**
 * Pasted HTML goes through cleanPastedHtml before Lexical sees it. Content copied from this
 * editor (Lexical's own clipboard format) is left to Lexical, which keeps it exactly; pasted
 * files without text are left to the images plugin.
 */
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, COMMAND_PRIORITY_LOW, PASTE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { cleanPastedHtml, hasContent } from './cleanPastedHtml';

const LEXICAL_CLIPBOARD_TYPE = 'application/x-lexical-editor';

export function PasteCleanupPlugin() {
  const [editor] = useLexicalComposerContext();

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
          if (!hasContent(doc)) return false;
          const selection = $getSelection();
          if (!selection) return false;
          event.preventDefault();
          $insertGeneratedNodes(editor, $generateNodesFromDOM(editor, doc), selection);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );

  return null;
}
