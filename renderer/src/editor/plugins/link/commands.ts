import { createCommand } from 'lexical';

/** Opens the link dialog for the current selection (toolbar button and Ctrl+K). */
export const OPEN_LINK_DIALOG_COMMAND = createCommand<void>('OPEN_LINK_DIALOG_COMMAND');
