/**
 * Native Save / Open dialogs for .course files and for where an export goes, and "Show in
 * folder" after an export, asked for by the renderer over IPC.
 */
import { isAbsolute } from 'node:path';
import { BrowserWindow, dialog, ipcMain, shell, type FileFilter } from 'electron';
import {
  OPEN_COURSE_CHANNEL,
  SAVE_COURSE_CHANNEL,
  SAVE_EXPORT_CHANNEL,
  SHOW_IN_FOLDER_CHANNEL,
} from '../shared/channels';
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

  // A package is one file (.zip, .tar.gz); a website export is a folder.
  ipcMain.handle(SAVE_EXPORT_CHANNEL, async (event, defaultPath: unknown, kind: unknown) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!window || !isTrustedSender(event)) return null;
    const start =
      typeof defaultPath === 'string' && defaultPath.length <= 4096 ? { defaultPath } : {};
    if (kind === 'folder') {
      const result = await dialog.showOpenDialog(window, {
        title: strings.exportFolderTitle,
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
        ...start,
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    }
    const extension = /\.tar\.gz$/i.test(start.defaultPath ?? '') ? 'tar.gz' : 'zip';
    const result = await dialog.showSaveDialog(window, {
      title: strings.exportTitle,
      filters: [{ name: extension, extensions: [extension] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
      ...start,
    });
    if (result.canceled || !result.filePath) return null;
    return result.filePath.toLowerCase().endsWith(`.${extension}`)
      ? result.filePath
      : `${result.filePath}.${extension}`;
  });

  // Only selects the item in the file manager; it never opens or runs it.
  ipcMain.handle(SHOW_IN_FOLDER_CHANNEL, (event, path: unknown) => {
    if (!isTrustedSender(event)) return;
    if (typeof path !== 'string' || path.length > 4096 || !isAbsolute(path)) return;
    shell.showItemInFolder(path);
  });
}
