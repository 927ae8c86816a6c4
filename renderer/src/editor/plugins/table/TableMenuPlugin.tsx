/**
 * Tables grow as the author types: Tab in the last cell adds a row (as in Docs and Word), and
 * the cell holding the caret shows a "Table options" button with a menu to insert rows above /
 * below and columns left / right, delete the row, column or table, and switch the header row.
 * The menu is reachable without a mouse: the context-menu key or Shift+F10 in a cell opens it,
 * arrow keys move through it, Escape returns to the cell. The button itself stays out of the
 * Tab order (Tab moves between cells), so no key meant for the text lands on it.
 */
import { focusEditor } from '../../focusEditor';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $findCellNode,
  $findTableNode,
  $insertTableRowAtSelection,
  $isTableNode,
  $isTableRowNode,
} from '@lexical/table';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_LOW,
  KEY_DOWN_COMMAND,
  KEY_TAB_COMMAND,
  type NodeKey,
} from 'lexical';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../../i18n/I18nProvider';
import {
  $hasHeaderRow,
  $isLastCell,
  $runTableAction,
  tableActions,
  type TableAction,
} from './tableActions';

interface CaretCell {
  key: NodeKey;
  hasHeaderRow: boolean;
}

export function TableMenuPlugin() {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  const [cell, setCell] = useState<CaretCell | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const menu = useRef<HTMLDivElement>(null);
  const container = editor.getRootElement()?.parentElement ?? null;

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          editorState.read(() => {
            const selection = $getSelection();
            const caretCell = $isRangeSelection(selection)
              ? $findCellNode(selection.anchor.getNode())
              : null;
            const table = caretCell ? $findTableNode(caretCell) : null;
            if (!caretCell || !$isTableNode(table) || !editor.isEditable()) {
              // The menu keeps its cell while open: its focus took the caret out of the text.
              if (!menu.current) setCell(null);
              return;
            }
            const next = { key: caretCell.getKey(), hasHeaderRow: $hasHeaderRow(table) };
            setCell((current) =>
              current?.key === next.key && current.hasHeaderRow === next.hasHeaderRow
                ? current
                : next,
            );
          });
        }),
        editor.registerCommand(
          KEY_TAB_COMMAND,
          (event) => {
            if (event.shiftKey) return false;
            const selection = $getSelection();
            if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
            const caretCell = $findCellNode(selection.anchor.getNode());
            if (!caretCell || !$isLastCell(caretCell)) return false;
            event.preventDefault();
            $insertTableRowAtSelection(true);
            const newRow = caretCell.getParent()?.getNextSibling();
            if ($isTableRowNode(newRow)) newRow.getFirstDescendant()?.selectStart();
            return true;
          },
          // Before the table's own Tab handling, which would leave the table here.
          COMMAND_PRIORITY_CRITICAL,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            const opensMenu =
              event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10');
            if (!opensMenu) return false;
            const selection = $getSelection();
            if (!$isRangeSelection(selection) || !$findCellNode(selection.anchor.getNode())) {
              return false;
            }
            event.preventDefault();
            setMenuOpen(true);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  // Follows the cell as the table grows or the page scrolls within the editor.
  useLayoutEffect(() => {
    // Nothing is drawn without a cell, so a stale position does no harm.
    if (!cell || !container) return;
    const place = () => {
      const element = editor.getElementByKey(cell.key);
      if (!element) return setPosition(null);
      const box = element.getBoundingClientRect();
      const frame = container.getBoundingClientRect();
      setPosition({ top: box.top - frame.top + 2, left: box.right - frame.left - 26 });
    };
    place();
    return editor.registerUpdateListener(() => place());
  }, [cell, container, editor]);

  useEffect(() => {
    if (menuOpen) menu.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
  }, [menuOpen]);

  if (!cell || !position || !container) return null;

  // The editor kept its selection in the cell while the menu had focus; focus restores it.
  const backToCell = () => {
    setMenuOpen(false);
    setTimeout(() => focusEditor(editor), 0);
  };

  const run = (action: TableAction) => {
    setMenuOpen(false);
    editor.update(() => $runTableAction(cell.key, action));
    // After the key press or click that chose the action, so it cannot act on the text.
    setTimeout(() => focusEditor(editor), 0);
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const focusAt = (next: number) => items.at(next % items.length)?.focus();
    if (event.key === 'ArrowDown') focusAt(index + 1);
    else if (event.key === 'ArrowUp') focusAt(index - 1);
    else if (event.key === 'Home') focusAt(0);
    else if (event.key === 'End') focusAt(-1);
    else if (event.key === 'Escape' || event.key === 'Tab') backToCell();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return createPortal(
    <>
      <button
        type="button"
        className="table-menu-button"
        style={{ top: position.top, left: position.left }}
        aria-label={t('table.menuFor')}
        title={`${t('table.menuFor')} (Shift+F10)`}
        tabIndex={-1}
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setMenuOpen((open) => !open)}
        data-testid="table-menu-button"
      >
        ⋯
      </button>
      {menuOpen && (
        <div
          ref={menu}
          className="table-menu"
          role="menu"
          aria-label={t('table.menu')}
          style={{ top: position.top + 26, left: Math.max(0, position.left - 176) }}
          onKeyDown={onMenuKeyDown}
          onBlur={(event) => {
            if (!menu.current?.contains(event.relatedTarget as Node | null)) setMenuOpen(false);
          }}
          data-testid="table-menu"
        >
          {tableActions.map((action) =>
            action === 'headerRow' ? (
              <button
                key={action}
                type="button"
                role="menuitemcheckbox"
                aria-checked={cell.hasHeaderRow}
                tabIndex={-1}
                onClick={() => run(action)}
                data-testid={`table-${action}`}
              >
                {cell.hasHeaderRow ? '✓ ' : ''}
                {t('table.headerRow')}
              </button>
            ) : (
              <button
                key={action}
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => run(action)}
                data-testid={`table-${action}`}
              >
                {t(`table.${action}`)}
              </button>
            ),
          )}
        </div>
      )}
    </>,
    container,
  );
}
