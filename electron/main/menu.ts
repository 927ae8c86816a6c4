/**
 * The native application menu. Items that change studio state do not act here: they send a
 * command to the focused window, whose renderer runs the same flow as its own buttons.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/channels';
import type { MainStrings } from './strings';

export interface MenuOptions {
  strings: MainStrings;
  /** Reload and devtools are for development builds only. */
  isDev: boolean;
  isMac: boolean;
  send(command: MenuCommand): void;
}

export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}

export function menuTemplate({
  strings: t,
  isDev,
  isMac,
  send,
}: MenuOptions): MenuItemConstructorOptions[] {
  const command = (label: string, accelerator: string, name: MenuCommand) => ({
    label,
    accelerator,
    click: () => send(name),
  });

  // macOS keeps About, Settings and Quit in the menu named after the app.
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Course Studio',
          submenu: [
            { role: 'about', label: t.about },
            { type: 'separator' },
            command(t.settings, 'CmdOrCtrl+,', 'settings'),
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit', label: t.quit },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      command(t.newCourse, 'CmdOrCtrl+N', 'new-course'),
      command(t.openCourse, 'CmdOrCtrl+O', 'open-course'),
      ...(isMac
        ? []
        : [{ type: 'separator' } as const, command(t.settings, 'CmdOrCtrl+,', 'settings')]),
      { type: 'separator' },
      { role: 'close', label: t.closeWindow },
      ...(isMac ? [] : [{ role: 'quit', label: t.quit } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...(isDev
        ? [
            { role: 'reload', label: t.reload } as const,
            { role: 'toggleDevTools', label: t.toggleDevTools } as const,
            { type: 'separator' } as const,
          ]
        : []),
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.toggleFullScreen },
    ],
  };

  const window: MenuItemConstructorOptions = {
    label: t.window,
    // On macOS this role also lists the open windows.
    role: 'window',
    submenu: [
      { role: 'minimize', label: t.minimize },
      ...(isMac
        ? [{ role: 'zoom', label: t.zoom } as const]
        : [{ role: 'close', label: t.closeWindow } as const]),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: t.help,
    role: 'help',
    submenu: isMac ? [] : [{ role: 'about', label: t.about }],
  };

  return [...appMenu, file, edit, view, window, help];
}
