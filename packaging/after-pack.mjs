/**
 * electron-builder afterPack hook: the bundled ffmpeg and ffprobe must be executable by every
 * user (0755). npm packages do not promise it (@ffprobe-installer/linux-x64 ships 0744, so a
 * root-owned .deb install would leave it usable by root alone). Windows has no mode bits.
 */
import { chmodSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Where resources/ is inside a packed app: the .app bundle's Contents/Resources on macOS. */
function resourcesDir(context) {
  if (context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas') {
    const app = `${context.packager.appInfo.productFilename}.app`;
    return path.join(context.appOutDir, app, 'Contents', 'Resources');
  }
  return path.join(context.appOutDir, 'resources');
}

export default async function afterPack(context) {
  if (context.electronPlatformName === 'win32') return;
  const dir = path.join(resourcesDir(context), 'media-tools');
  if (!existsSync(dir)) throw new Error(`afterPack: ${dir} is missing: ffmpeg was not bundled`);
  for (const name of readdirSync(dir)) chmodSync(path.join(dir, name), 0o755);
}
