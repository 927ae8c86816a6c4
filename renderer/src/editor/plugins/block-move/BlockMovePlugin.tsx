/**
 * Every top-level block can be moved, as in Notion and Rise: Alt+Shift+↑ / ↓ moves the block
 * holding the caret, and the block under the pointer (or holding the caret) shows a handle at
 * its left with a drag grip and Move up / Move down buttons. The handle is for the pointer:
 * it stays out of the Tab order, so Tab from the text never lands on a button that Space
 * would press; the keyboard has Alt+Shift+↑ / ↓, named in the buttons' labels.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getRoot,
  COMMAND_PRIORITY_HIGH,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  KEY_DOWN_COMMAND,
  type NodeKey,
} from 'lexical';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../../i18n/I18nProvider';
import { icons } from '../toolbar/icons';
import { $moveBlock, $moveBlockTo, $selectedTopLevelBlock } from './moveBlock';

const dragType = 'application/x-course-studio-block';
const dropClasses = ['lc-drop-before', 'lc-drop-after'];

interface Drop {
  key: NodeKey;
  after: boolean;
}

export function BlockMovePlugin() {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  const [caretKey, setCaretKey] = useState<NodeKey | null>(null);
  const [hoverKey, setHoverKey] = useState<NodeKey | null>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const dragging = useRef<NodeKey | null>(null);
  const drop = useRef<Drop | null>(null);
  const container = editor.getRootElement()?.parentElement ?? null;
  const blockKey = hoverKey ?? caretKey;

  /** The top-level block whose box holds the height `clientY`, and which half of it. */
  const blockAt = (clientY: number): Drop | null => {
    const keys = editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((child) => child.getKey()),
    );
    for (const key of keys) {
      const box = editor.getElementByKey(key)?.getBoundingClientRect();
      if (box && clientY >= box.top - 4 && clientY <= box.bottom + 4) {
        return { key, after: clientY > box.top + box.height / 2 };
      }
    }
    return null;
  };

  const showDrop = (next: Drop | null) => {
    const previous = drop.current;
    if (previous) editor.getElementByKey(previous.key)?.classList.remove(...dropClasses);
    drop.current = next;
    if (next) {
      editor
        .getElementByKey(next.key)
        ?.classList.add(next.after ? 'lc-drop-after' : 'lc-drop-before');
    }
  };

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          editorState.read(() => {
            const block = editor.isEditable() ? $selectedTopLevelBlock() : null;
            setCaretKey(block?.getKey() ?? null);
          });
        }),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return false;
            const direction = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
            if (direction === 0) return false;
            event.preventDefault();
            const block = $selectedTopLevelBlock();
            if (block) $moveBlock(block, direction);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DRAGOVER_COMMAND,
          (event) => {
            if (!dragging.current) return false;
            event.preventDefault();
            showDrop(blockAt(event.clientY));
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            const key = dragging.current;
            if (!key) return false;
            event.preventDefault();
            const target = drop.current ?? blockAt(event.clientY);
            showDrop(null);
            dragging.current = null;
            if (target) $moveBlockTo(key, target.key, target.after);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    // blockAt and showDrop read only refs and the editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [editor],
  );

  // The pointer over a block shows that block's handle. The block is found from the event's
  // target, not by measuring every block, so long lessons cost nothing per mouse move; over
  // the gutter (on the way to the handle) the last block keeps its handle.
  useEffect(() => {
    if (!container) return;
    const onMove = (event: MouseEvent) => {
      if (dragging.current) return;
      const root = editor.getRootElement();
      let element = event.target instanceof Element ? event.target : null;
      while (element && element.parentElement !== root) element = element.parentElement;
      if (!element) return;
      const block = element;
      const key = editor.read(() => $getNearestNodeFromDOMNode(block)?.getKey() ?? null);
      if (key) setHoverKey(key);
    };
    const onLeave = () => setHoverKey(null);
    container.addEventListener('mousemove', onMove);
    container.addEventListener('mouseleave', onLeave);
    return () => {
      container.removeEventListener('mousemove', onMove);
      container.removeEventListener('mouseleave', onLeave);
    };
  }, [container, editor]);

  useEffect(() => {
    // Nothing is drawn without a blockKey, so a stale position does no harm.
    if (!blockKey || !container) return;
    const place = () => {
      const element = editor.getElementByKey(blockKey);
      if (!element) return setPosition(null);
      const box = element.getBoundingClientRect();
      const frame = container.getBoundingClientRect();
      setPosition({ top: box.top - frame.top, left: box.left - frame.left - 30 });
    };
    place();
    return editor.registerUpdateListener(() => place());
  }, [blockKey, container, editor]);

  if (!blockKey || !position || !container || !editor.isEditable()) return null;

  const move = (direction: -1 | 1) => {
    editor.update(() => {
      const block = $getNodeByKey(blockKey);
      if (block) $moveBlock(block, direction);
    });
  };

  const onDragStart = (event: DragEvent<HTMLButtonElement>) => {
    dragging.current = blockKey;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData(dragType, blockKey);
    const element = editor.getElementByKey(blockKey);
    if (element) event.dataTransfer.setDragImage(element, 0, 0);
  };

  return createPortal(
    <div
      className="block-handle"
      style={{ top: position.top, left: position.left }}
      data-testid="block-handle"
    >
      <div className="block-handle-buttons">
        <button
          type="button"
          className="block-drag"
          draggable
          tabIndex={-1}
          aria-label={t('block.handle')}
          title={t('block.handle')}
          onMouseDown={(event) => event.stopPropagation()}
          onDragStart={onDragStart}
          onDragEnd={() => {
            showDrop(null);
            dragging.current = null;
          }}
          data-testid="block-drag"
        >
          ⠿
        </button>
        <button
          type="button"
          tabIndex={-1}
          aria-label={t('block.moveUp')}
          title={`${t('block.moveUp')} (Alt+Shift+↑)`}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => move(-1)}
          data-testid="block-move-up"
        >
          {icons.moveUp}
        </button>
        <button
          type="button"
          tabIndex={-1}
          aria-label={t('block.moveDown')}
          title={`${t('block.moveDown')} (Alt+Shift+↓)`}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => move(1)}
          data-testid="block-move-down"
        >
          {icons.moveDown}
        </button>
      </div>
    </div>,
    container,
  );
}
