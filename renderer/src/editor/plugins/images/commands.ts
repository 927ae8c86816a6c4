import { createCommand } from 'lexical';

/** Opens the file picker for images (toolbar button and "/" menu). */
export const PICK_IMAGE_COMMAND = createCommand<void>('PICK_IMAGE_COMMAND');
