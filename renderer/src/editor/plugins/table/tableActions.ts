/**
 * What the table menu can do to the table around a cell, as Lexical updates. Each action puts
 * the caret back into the table (or after it, once it is gone) so typing carries on there.
 */
import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $findTableNode,
  $getTableRowIndexFromTableCellNode,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableCellNode,
  $isTableNode,
  $isTableRowNode,
  $setTableRowIsHeader,
  TableCellHeaderStates,
  type TableCellNode,
  type TableNode,
} from '@lexical/table';
import { $createParagraphNode, $getNodeByKey, $isElementNode, type NodeKey } from 'lexical';

export const tableActions = [
  'rowAbove',
  'rowBelow',
  'columnLeft',
  'columnRight',
  'deleteRow',
  'deleteColumn',
  'deleteTable',
  'headerRow',
] as const;
export type TableAction = (typeof tableActions)[number];

/** Whether the table's first row is a header row. */
export function $hasHeaderRow(table: TableNode): boolean {
  const firstRow = table.getFirstChild();
  if (!$isTableRowNode(firstRow)) return false;
  return firstRow
    .getChildren()
    .every(
      (cell) =>
        $isTableCellNode(cell) && (cell.getHeaderStyles() & TableCellHeaderStates.ROW) !== 0,
    );
}

/** Runs `action` on the table holding the cell `cellKey`; does nothing once the cell is gone. */
export function $runTableAction(cellKey: NodeKey, action: TableAction): void {
  const cell = $getNodeByKey(cellKey);
  if (!$isTableCellNode(cell)) return;
  const table = $findTableNode(cell);
  if (!$isTableNode(table)) return;
  // The caret goes back to the end of the cell, where the author usually was typing.
  cell.selectEnd();
  switch (action) {
    case 'rowAbove':
      $insertTableRowAtSelection(false);
      break;
    case 'rowBelow':
      $insertTableRowAtSelection(true);
      break;
    case 'columnLeft':
      $insertTableColumnAtSelection(false);
      break;
    case 'columnRight':
      $insertTableColumnAtSelection(true);
      break;
    case 'deleteRow':
      $deleteTableRowAtSelection();
      break;
    case 'deleteColumn':
      $deleteTableColumnAtSelection();
      break;
    case 'deleteTable':
      $removeTable(table);
      return;
    case 'headerRow':
      $setTableRowIsHeader(table, 0, !$hasHeaderRow(table));
      break;
  }
  // Deleting the last row or column removes the table with it.
  if (!table.isAttached() || table.getChildrenSize() === 0) $removeTable(table);
  else if (cell.isAttached()) cell.selectEnd();
}

function $removeTable(table: TableNode): void {
  let next = table.getNextSibling();
  if (!$isElementNode(next)) {
    next = $createParagraphNode();
    table.insertAfter(next);
  }
  if (table.isAttached()) table.remove();
  next.selectStart();
}

/** The caret's cell when it is the last cell of its table, for Tab to add a row there. */
export function $isLastCell(cell: TableCellNode): boolean {
  const row = cell.getParent();
  const table = row?.getParent();
  return (
    $isTableRowNode(row) &&
    $isTableNode(table) &&
    row.getNextSibling() === null &&
    cell.getNextSibling() === null &&
    $getTableRowIndexFromTableCellNode(cell) === table.getChildrenSize() - 1
  );
}
