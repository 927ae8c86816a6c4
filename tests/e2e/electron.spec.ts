/**
 * Smoke test of the desktop host: real main process, preload and renderer inside Electron.
 * Electron downloads its binary on first use, which is impossible offline, so this runs only
 * where the binary exists and prints why when it skips (DESIGN §8).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test } from '@playwright/test';
import { locateElectronBinary } from '../../electron/cli/start';

// The part of renderer/src/api.ts's StudioBridge used here (that file is browser-only code).
interface PageGlobals {
  studio?: { call(method: string, args: unknown): Promise<unknown> };
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

test('the desktop window is sandboxed and reaches the studio through window.studio', async () => {
  const binary = locateElectronBinary();
  if (!binary.exists) {
    const reason = `Electron binary not available on this machine: ${binary.path}`;
    console.log(`[electron.spec] skipped: ${reason}`);
    test.skip(true, reason);
    return;
  }
  buildDesktopBundles();

  const home = mkdtempSync(path.join(os.tmpdir(), 'course-studio-electron-'));
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  const app = await _electron.launch({
    executablePath: binary.path,
    args: ['.build/electron/main.cjs'],
    cwd: root,
    env: { ...env, COURSE_STUDIO_HOME: home },
  });
  try {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toBe('app://studio/index.html');

    const title = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.getTitle(),
    );
    expect(title).toContain('Course Studio');

    // Page functions are serialized into the renderer, so each one reads globalThis itself.
    expect(await page.evaluate(() => typeof (globalThis as PageGlobals).studio)).toBe('object');
    expect(await page.evaluate(() => typeof require)).toBe('undefined');

    const reply = await page.evaluate(() =>
      (globalThis as PageGlobals).studio?.call('app.info', {}),
    );
    expect(reply).toMatchObject({ ok: true, value: { host: 'electron' } });
    const refused = await page.evaluate(() =>
      (globalThis as PageGlobals).studio?.call('no.such.method', {}),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  } finally {
    await app.close();
    rmSync(home, { recursive: true, force: true });
  }
});

/** Main and preload rebuild in a second; the renderer only when `npm test` has not built it. */
function buildDesktopBundles(): void {
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`build failed: node ${args.join(' ')}`);
  };
  run(['packaging/build-electron.mjs']);
  if (!existsSync(path.join(root, '.build', 'renderer', 'index.html'))) {
    run(['node_modules/vite/bin/vite.js', 'build', '--config', 'renderer/vite.config.ts']);
  }
}
