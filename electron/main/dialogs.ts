/** Native Save / Open dialogs for .course files, asked for by the renderer over IPC. */
import { BrowserWindow, dialog, ipcMain, type FileFilter } from 'electron';
import { OPEN_COURSE_CHANNEL, SAVE_COURSE_CHANNEL } from './channels';
import { isTrustedSender } from './sender';
import type { MainStrings } from './strings';

const COURSE_EXTENSION = 'course';

export function handleCourseDialogs(strings: MainStrings): void {
  const filters: FileFilter[] = [{ name: strings.courseFiles, extensions: [COURSE_EXTENSION] }];

  ipcMain.handle(SAVE_COURSE_CHANNEL, async (event, defaultPath: unknown) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!window || !isTrustedSender(event)) return null;
    const result = await dialog.showSaveDialog(window, {
      title: strings.saveCourseTitle,
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
      ...(typeof defaultPath === 'string' && defaultPath.length <= 4096 ? { defaultPath } : {}),
    });
    if (result.canceled || !result.filePath) return null;
    // GTK's dialog does not add the filter's extension by itself.
    return result.filePath.toLowerCase().endsWith(`.${COURSE_EXTENSION}`)
      ? result.filePath
      : `${result.filePath}.${COURSE_EXTENSION}`;
  });

  ipcMain.handle(OPEN_COURSE_CHANNEL, async (event) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!window || !isTrustedSender(event)) return null;
    const result = await dialog.showOpenDialog(window, {
      title: strings.openCourseTitle,
      filters,
      properties: ['openFile'],
    });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });
}
