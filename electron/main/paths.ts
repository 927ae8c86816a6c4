/**
 * Where the built app finds its parts. Everything is located from the bundle's own folder
 * (`<root>/.build/electron/main.cjs`), not from `app.getAppPath()`, because that differs
 * between `electron .` and `electron .build/electron/main.cjs` (as Playwright launches it).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app } from 'electron';
import { BUNDLED_TOOLS_DIR } from '../core/media/tools';

/** The repo root in development, `resources/app.asar` when packaged. */
export const appRoot = path.resolve(__dirname, '..', '..');

export const rendererDir = path.join(appRoot, '.build', 'renderer');
/** The learner player every export and preview copies (npm run build:player). */
export const playerDir = path.join(appRoot, '.build', 'player');
export const preloadPath = path.join(appRoot, '.build', 'electron', 'preload.cjs');

/**
 * better-sqlite3 built for Electron's ABI (packaging/build-native-electron.mjs). The copy in
 * node_modules stays built for Node so tests keep working; undefined means "use that one".
 */
export function electronNativeBinding(): string | undefined {
  const candidate = app.isPackaged
    ? path.join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : path.join(appRoot, '.build', 'electron-native', 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}

/**
 * The ffmpeg and ffprobe electron-builder copied into the package (packaging/
 * electron-builder.yml); null in development, where npm's and the PATH's are used.
 */
export function bundledMediaToolsDir(): string | null {
  return app.isPackaged ? path.join(process.resourcesPath, BUNDLED_TOOLS_DIR) : null;
}
