/**
 * How an ImageNode looks and behaves in the editor: click selects it, Delete/Backspace removes
 * it, and a selected image offers an "Alt text" button. The alt text dialog is portalled to
 * <body> so its keystrokes never reach the editor's contenteditable.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { NodeKey } from 'lexical';
import { useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { assetUrl } from '../../api';
import { Dialog } from '../../dialogs/Dialog';
import { useT } from '../../i18n/I18nProvider';
import { useBlockSelection } from './useBlockSelection';

interface ImageViewProps {
  nodeKey: NodeKey;
  assetId: string;
  altText: string;
  width: number | undefined;
  height: number | undefined;
  /**
   * Sets the node's alt text, inside editor.update. The node passes it in, so this lazily
   * loaded view never imports its node (the node already imports the view).
   */
  $setAltText(altText: string): void;
}

export default function ImageView({
  nodeKey,
  assetId,
  altText,
  width,
  height,
  $setAltText,
}: ImageViewProps) {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  const imageRef = useRef<HTMLImageElement>(null);
  const isSelected = useBlockSelection(nodeKey, imageRef);
  const [editingAlt, setEditingAlt] = useState(false);

  const saveAltText = (next: string) => {
    editor.update(() => {
      $setAltText(next.trim());
    });
    setEditingAlt(false);
  };

  return (
    <figure
      className={isSelected ? 'lc-image-frame is-selected' : 'lc-image-frame'}
      data-testid="editor-image"
    >
      <img
        ref={imageRef}
        src={assetUrl(assetId)}
        alt={altText}
        width={width}
        height={height}
        draggable={false}
      />
      {isSelected && editor.isEditable() && (
        <button type="button" className="lc-image-alt-button" onClick={() => setEditingAlt(true)}>
          {t('image.altText')}
        </button>
      )}
      {editingAlt &&
        createPortal(
          <AltTextDialog
            initial={altText}
            onSave={saveAltText}
            onClose={() => setEditingAlt(false)}
          />,
          document.body,
        )}
    </figure>
  );
}

function AltTextDialog({
  initial,
  onSave,
  onClose,
}: {
  initial: string;
  onSave: (text: string) => void;
  onClose: () => void;
}) {
  const t = useT();
  const [text, setText] = useState(initial);
  return (
    <Dialog
      title={t('image.altText')}
      onClose={onClose}
      onSubmit={() => onSave(text)}
      submitLabel={t('common.save')}
    >
      <label className="field">
        <span className="field-label">{t('image.altText')}</span>
        <textarea
          className="input"
          rows={3}
          maxLength={1000}
          value={text}
          placeholder={t('image.altPlaceholder')}
          onChange={(event) => setText(event.target.value)}
          data-autofocus
        />
      </label>
    </Dialog>
  );
}
