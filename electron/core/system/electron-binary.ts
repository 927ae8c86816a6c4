/**
 * Where the `electron` package's executable is, without calling require('electron') (that
 * would try to download it). Used by `course-studio start` and by doctor.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface ElectronBinary {
  /** Where the executable is, or would be once downloaded. */
  path: string;
  exists: boolean;
}

const requireHere = createRequire(import.meta.url);

/** Finds the executable the `electron` package would run, without triggering its download. */
export function locateElectronBinary(): ElectronBinary {
  const dir = electronDir();
  if (!dir) return { path: 'node_modules/electron (package not installed)', exists: false };
  const pathFile = path.join(dir, 'path.txt');
  const relative = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : platformExecutable();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(dir, 'dist');
  const executable = path.join(distDir, relative);
  return { path: executable, exists: existsSync(executable) };
}

/** The folder of the installed `electron` package, or null. */
export function electronDir(): string | null {
  try {
    return path.dirname(requireHere.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** Mirrors the names electron/install.js writes to path.txt. */
function platformExecutable(): string {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (process.platform === 'win32') return 'electron.exe';
  return 'electron';
}
