/** The studio window: sandboxed, isolated, showing only the bundled renderer. */
import { BrowserWindow } from 'electron';
import { preloadPath } from './paths';
import { APP_ENTRY_URL } from './schemes';

const PRODUCT_NAME = 'Course Studio';

export function createStudioWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    title: PRODUCT_NAME,
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
      // On Windows and Linux, Chromium downloads spellcheck dictionaries from Google; we load
      // nothing remote. macOS uses the system checker, which stays local.
      spellcheck: process.platform === 'darwin',
    },
  });
  // Keep the product name in the title bar and task switcher whatever the page calls itself.
  window.on('page-title-updated', (event, title) => {
    if (title.includes(PRODUCT_NAME)) return;
    event.preventDefault();
    window.setTitle(title ? `${title} — ${PRODUCT_NAME}` : PRODUCT_NAME);
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
