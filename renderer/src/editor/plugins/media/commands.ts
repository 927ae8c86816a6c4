import { createCommand } from 'lexical';

/** Opens the "Insert video" dialog (toolbar button and "/" menu). */
export const OPEN_VIDEO_PICKER_COMMAND = createCommand<void>('OPEN_VIDEO_PICKER_COMMAND');
