/**
 * Electron entry: a thin host over the studio core (DESIGN §1). It owns windows, menus,
 * dialogs and the two custom protocols; everything the studio does lives in electron/core.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { useBundledMediaTools } from '../core/media/tools';
import { defaultHomeDir } from '../core/settings';
import { Studio } from '../core/studio';
import { dispatch } from '../shared/contract';
import { StudioError } from '../shared/errors';
import { handleAppProtocol } from './app-protocol';
import { MENU_CHANNEL, type MenuCommand } from '../shared/channels';
import { handleCourseDialogs } from './dialogs';
import { bridgeStudio } from './ipc';
import { handleMediaProtocol } from './media-protocol';
import { installApplicationMenu } from './menu';
import { bundledMediaToolsDir, electronNativeBinding, playerDir } from './paths';
import { registerPrivilegedSchemes } from './schemes';
import { systemSecretStore } from './secret-store';
import { enforceSecurityRules } from './security';
import { mainStrings } from './strings';
import { createStudioWindow } from './window';

const homeDir = process.env.COURSE_STUDIO_HOME || undefined;

app.setName('Course Studio');
// Tests give each run its own COURSE_STUDIO_HOME; Chromium's profile and the single-instance
// lock follow it so runs never share state with each other or with the user's app.
if (homeDir) app.setPath('userData', path.join(homeDir, 'electron'));
registerPrivilegedSchemes();

let studio: Studio | null = null;
let pendingCourse = courseInArgv(process.argv, process.cwd());

// One studio per user: the core owns the open project file and the settings.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    showSomeWindow();
    const file = courseInArgv(argv, workingDirectory);
    if (file) void openCourseFromShell(file);
  });
  // macOS: a .course file double-clicked in Finder, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    void openCourseFromShell(file);
  });
  void app.whenReady().then(start);
}

function start(): void {
  const strings = mainStrings(app.getLocale());
  const nativeBinding = electronNativeBinding();
  try {
    // The bundle cannot find the player relative to its sources: name the built one.
    process.env.COURSE_STUDIO_PLAYER_DIR ??= playerDir;
    // The installed app transcodes with the ffmpeg it ships, unless the machine has a better one.
    useBundledMediaTools(bundledMediaToolsDir());
    studio = new Studio({
      host: 'electron',
      homeDir,
      nativeBinding,
      secretStore: systemSecretStore(homeDir ?? defaultHomeDir()),
    });
  } catch (error) {
    const hint = nativeBinding ? '' : `\n\n${strings.nativeHint}`;
    dialog.showErrorBox(strings.startFailedTitle, `${StudioError.from(error).message}${hint}`);
    app.exit(1);
    return;
  }
  if (!nativeBinding && !app.isPackaged) console.warn(strings.nativeHint);

  enforceSecurityRules();
  handleAppProtocol();
  handleMediaProtocol(studio.files);
  const unbridge = bridgeStudio(studio);
  handleCourseDialogs(strings);
  installApplicationMenu({
    strings,
    isDev: !app.isPackaged,
    isMac: process.platform === 'darwin',
    send: sendMenuCommand,
  });
  createStudioWindow();
  if (pendingCourse) void openCourseFromShell(pendingCourse);

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createStudioWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    unbridge();
    studio?.close();
    studio = null;
  });
}

function sendMenuCommand(command: MenuCommand): void {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (window) window.webContents.send(MENU_CHANNEL, command);
  else createStudioWindow();
}

function showSomeWindow(): void {
  const window = BrowserWindow.getAllWindows()[0];
  if (!window) {
    if (studio) createStudioWindow();
    return;
  }
  if (window.isMinimized()) window.restore();
  window.focus();
}

/** Opens a course the OS handed us; windows learn about it from the 'project.changed' event. */
async function openCourseFromShell(file: string): Promise<void> {
  if (!studio) {
    pendingCourse = file;
    return;
  }
  pendingCourse = null;
  try {
    await dispatch(studio.handlers, 'project.open', { path: file }, { origin: 'shell' });
  } catch (error) {
    const strings = mainStrings(app.getLocale());
    dialog.showErrorBox(strings.openFailedTitle, `${file}\n\n${StudioError.from(error).message}`);
  }
}

/** The first `.course` argument, as file associations and `course-studio file.course` pass it. */
function courseInArgv(argv: string[], cwd: string): string | null {
  const file = argv.slice(1).find((arg) => !arg.startsWith('-') && /\.course$/i.test(arg));
  return file ? path.resolve(cwd, file) : null;
}
