/**
 * The frame of a block that is edited through controls (video, quiz): a header naming the
 * block with a remove button, and the block's body. Clicking the frame selects the block.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useRef, type ReactNode } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { useBlockSelection } from './useBlockSelection';

interface BlockFrameProps {
  nodeKey: NodeKey;
  kind: 'video' | 'quiz';
  /** The block's name in the header, e.g. "Video" or "Quiz · Single choice". */
  label: string;
  /** Extra header content, after the label. */
  headerExtra?: ReactNode;
  children: ReactNode;
  testId: string;
}

export function BlockFrame({
  nodeKey,
  kind,
  label,
  headerExtra,
  children,
  testId,
}: BlockFrameProps) {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const t = useT();
  const frame = useRef<HTMLDivElement>(null);
  const isSelected = useBlockSelection(nodeKey, frame);

  const remove = () =>
    editor.update(() => {
      $getNodeByKey(nodeKey)?.remove();
    });

  return (
    <div
      ref={frame}
      className={`block-frame block-${kind}${isSelected ? ' is-selected' : ''}`}
      data-testid={testId}
    >
      <div className="block-header">
        <span className="block-label">{label}</span>
        {headerExtra}
        {editable && (
          <button
            type="button"
            className="icon-button block-remove"
            aria-label={t('block.remove', { block: label })}
            title={t('block.remove', { block: label })}
            onClick={remove}
            data-testid="block-remove"
          >
            ×
          </button>
        )}
      </div>
      <div className="block-body">{children}</div>
    </div>
  );
}
