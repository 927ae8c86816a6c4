import { createCommand } from 'lexical';

/** Inserts an equation at the caret: inside the line, or as a block of its own. */
export const INSERT_MATH_COMMAND = createCommand<{ inline: boolean }>('INSERT_MATH_COMMAND');

/** Opens the special-character picker (toolbar and "/" menu). */
export const OPEN_SPECIAL_CHARACTERS_COMMAND = createCommand<void>(
  'OPEN_SPECIAL_CHARACTERS_COMMAND',
);
