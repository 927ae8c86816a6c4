/**
 * `course-studio start`: launches the desktop app when this machine has an Electron binary.
 * When it has none (Electron downloads its binary on first use, impossible offline) it says
 * so in one line and returns false, and the caller serves the same studio in the browser.
 * Never calls require('electron'): that would try the download and throw.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronDir, locateElectronBinary } from '../core/system/electron-binary';

export { locateElectronBinary, type ElectronBinary } from '../core/system/electron-binary';

const requireHere = createRequire(import.meta.url);
const DOWNLOAD_TIMEOUT_MS = 60_000;

const messages = {
  en: {
    noElectron:
      'Electron is not available on this machine (could not download its binary); starting Course Studio in your browser instead.',
    noNative:
      'Could not build SQLite for Electron (see above); starting Course Studio in your browser instead.',
    buildFailed:
      'Could not build the desktop app (see above); starting Course Studio in your browser instead.',
    launchFailed: 'Electron could not be started; starting Course Studio in your browser instead.',
  },
  zh: {
    noElectron: '本机无法使用 Electron（无法下载其程序文件）；改为在浏览器中启动 Course Studio。',
    noNative: '无法为 Electron 构建 SQLite 模块（见上文）；改为在浏览器中启动 Course Studio。',
    buildFailed: '无法构建桌面应用（见上文）；改为在浏览器中启动 Course Studio。',
    launchFailed: '无法启动 Electron；改为在浏览器中启动 Course Studio。',
  },
};

/** Runs the desktop app until it exits; false when it cannot run here. */
export async function startDesktop(argv: string[]): Promise<boolean> {
  const root = appRoot();
  let binary = locateElectronBinary();
  if (!binary.exists) {
    // One quiet download attempt; offline it fails within the timeout at worst.
    const dir = electronDir();
    const installer = dir ? path.join(dir, 'install.js') : null;
    if (installer && existsSync(installer)) {
      spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: DOWNLOAD_TIMEOUT_MS });
    }
    binary = locateElectronBinary();
  }
  if (!binary.exists) return fallBack('noElectron');

  if (!runNode(root, ['packaging/build-electron.mjs'])) return fallBack('buildFailed');
  if (!existsSync(path.join(root, '.build', 'renderer', 'index.html'))) {
    const vite = path.join(
      path.dirname(requireHere.resolve('vite/package.json')),
      'bin',
      'vite.js',
    );
    if (!runNode(root, [vite, 'build', '--config', 'renderer/vite.config.ts'])) {
      return fallBack('buildFailed');
    }
  }
  if (!nativeBindingIsCurrent(root) && !runNode(root, ['packaging/build-native-electron.mjs'])) {
    return fallBack('noNative');
  }

  // Electron runs from the repo root; course files are made absolute because its cwd differs.
  const courses = argv.filter((arg) => !arg.startsWith('-') && /\.course$/i.test(arg));
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would turn Electron into plain Node
  const child = spawn(binary.path, [root, ...courses.map((file) => path.resolve(file))], {
    stdio: 'inherit',
    env,
  });
  return new Promise((resolve) => {
    child.once('error', () => resolve(fallBack('launchFailed')));
    child.once('exit', () => resolve(true));
  });
}

/** The folder holding our package.json, found by walking up from this file. */
function appRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the Course Studio folder (no package.json).');
    dir = parent;
  }
  return dir;
}

/** The Electron build of better-sqlite3 exists and was made for the installed Electron. */
function nativeBindingIsCurrent(root: string): boolean {
  const dir = path.join(root, '.build', 'electron-native');
  try {
    const built = JSON.parse(readFileSync(path.join(dir, 'version.json'), 'utf8')) as {
      electron?: string;
    };
    const installed = (requireHere('electron/package.json') as { version: string }).version;
    return built.electron === installed && existsSync(path.join(dir, 'better_sqlite3.node'));
  } catch {
    return false;
  }
}

function runNode(root: string, args: string[]): boolean {
  return spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status === 0;
}

function fallBack(reason: keyof (typeof messages)['en']): false {
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  const table = /^zh/i.test(locale) ? messages.zh : messages.en;
  process.stderr.write(`${table[reason]}\n`);
  return false;
}
