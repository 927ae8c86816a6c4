/**
 * Links: Lexical's LinkPlugin with our URL rule, plus Ctrl+K and a dialog to add, change or
 * remove a link. The selection is remembered when the dialog opens, because focusing the URL
 * field takes the browser selection out of the editor.
 */
import { $createLinkNode, $isLinkNode, $toggleLink } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $createRangeSelectionFromDom,
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_LOW,
  KEY_MODIFIER_COMMAND,
  type BaseSelection,
} from 'lexical';
import { useEffect, useState } from 'react';
import { OPEN_LINK_DIALOG_COMMAND } from './commands';
import { LinkDialog } from './LinkDialog';
import { isAllowedLinkUrl } from './linkUrl';

interface OpenDialog {
  selection: BaseSelection | null;
  currentUrl: string | null;
}

export function LinkDialogPlugin() {
  const [editor] = useLexicalComposerContext();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);

  useEffect(() => {
    const open = () => {
      // The keyboard can outrun selectionchange (Shift+Home, then Ctrl+K at once), so take the
      // selection from the DOM when it is inside the editor.
      const selection =
        $createRangeSelectionFromDom(window.getSelection(), editor) ?? $getSelection();
      const anchor = $isRangeSelection(selection) ? selection.anchor.getNode() : null;
      const link = anchor ? $findMatchingParent(anchor, $isLinkNode) : null;
      setDialog({
        selection: selection?.clone() ?? null,
        currentUrl: $isLinkNode(link) ? link.getURL() : null,
      });
      return true;
    };
    return mergeRegister(
      editor.registerCommand(OPEN_LINK_DIALOG_COMMAND, open, COMMAND_PRIORITY_LOW),
      editor.registerCommand(
        KEY_MODIFIER_COMMAND,
        (event) => {
          const isLinkShortcut =
            event.key.toLowerCase() === 'k' &&
            (event.ctrlKey || event.metaKey) &&
            !event.altKey &&
            !event.shiftKey;
          if (!isLinkShortcut) return false;
          event.preventDefault();
          return open();
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor]);

  const apply = (url: string | null) => {
    const saved = dialog?.selection ?? null;
    setDialog(null);
    editor.update(() => {
      if (saved) $setSelection(saved.clone());
      const selection = $getSelection();
      if (url !== null && $isRangeSelection(selection) && selection.isCollapsed()) {
        const anchor = selection.anchor.getNode();
        if (!$findMatchingParent(anchor, $isLinkNode)) {
          // Nothing selected: insert the address itself as the link text.
          selection.insertNodes([$createLinkNode(url).append($createTextNode(url))]);
          return;
        }
      }
      $toggleLink(url);
    });
    editor.focus();
  };

  return (
    <>
      <LinkPlugin validateUrl={isAllowedLinkUrl} attributes={{ rel: 'noopener noreferrer' }} />
      {dialog && (
        <LinkDialog
          currentUrl={dialog.currentUrl}
          onApply={(url) => apply(url)}
          onRemove={() => apply(null)}
          onClose={() => {
            setDialog(null);
            editor.focus();
          }}
        />
      )}
    </>
  );
}
