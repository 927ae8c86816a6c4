import { createCommand } from 'lexical';

/** Inserts a new quiz block at the caret (toolbar button and "/" menu). */
export const INSERT_QUIZ_COMMAND = createCommand<void>('INSERT_QUIZ_COMMAND');
