/**
 * IPC channel names and menu commands shared by main and preload. Pure constants (no
 * 'electron' import) so the sandboxed preload bundle can include this file as-is.
 */

/** invoke: (method, args) -> Reply. The one channel every contract method travels over. */
export const CALL_CHANNEL = 'studio:call';
/** main -> renderer: (eventName, payload) for every contract event. */
export const EVENT_CHANNEL = 'studio:event';
/** sendSync: () -> the window's client id, needed before the first call. */
export const CLIENT_ID_CHANNEL = 'studio:client-id';
/** invoke: (defaultPath) -> chosen path or null. */
export const SAVE_COURSE_CHANNEL = 'studio:dialog:save-course';
/** invoke: () -> chosen path or null. */
export const OPEN_COURSE_CHANNEL = 'studio:dialog:open-course';
/** invoke: (defaultPath, 'file' | 'folder') -> chosen path for an export, or null. */
export const SAVE_EXPORT_CHANNEL = 'studio:dialog:save-export';
/** invoke: (path) -> shows an exported file or folder in the system's file manager. */
export const SHOW_IN_FOLDER_CHANNEL = 'studio:shell:show-in-folder';
/** main -> renderer: a menu command the renderer carries out. */
export const MENU_CHANNEL = 'studio:menu';

export const menuCommands = ['new-course', 'open-course', 'settings'] as const;
export type MenuCommand = (typeof menuCommands)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}
