/**
 * The desktop packages ship ffmpeg (issue 13), checked without Electron: every target of
 * packaging/electron-builder.yml copies its own platform's ffmpeg and ffprobe to where the
 * resolver looks (resources/media-tools), from npm packages the lock file holds for that
 * platform and arch; on this machine's platform the files exist and are the very binaries
 * the npm packages hand out. The afterPack hook leaves them executable by everyone.
 */
import { chmodSync, copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_TOOLS_DIR,
  NPM_TOOL_PACKAGES,
  toolFileName,
} from '../../../electron/core/media/tools';
import { tempDir } from '../../support/temp';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const requireHere = createRequire(import.meta.url);
const yaml = requireHere('js-yaml') as { load(text: string): unknown };

interface FileSet {
  from: string;
  to: string;
}
interface PlatformConfig {
  target: { target: string; arch: string[] }[];
  extraResources?: FileSet[];
}
const config = yaml.load(readFileSync(join(root, 'packaging/electron-builder.yml'), 'utf8')) as {
  files: string[];
  extraResources: FileSet[];
  afterPack: string;
} & Record<'linux' | 'win' | 'mac', PlatformConfig>;

const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<
    string,
    {
      os?: string[];
      cpu?: string[];
      optional?: boolean;
      optionalDependencies?: Record<string, string>;
    }
  >;
};

/** electron-builder's `os` key to Node's platform name, as the npm packages are named. */
const nodePlatform = { linux: 'linux', win: 'win32', mac: 'darwin' } as const;

/** What electron-builder's macro expander does with ${arch} and ${os}. */
const expand = (text: string, os: string, arch: string) =>
  text.replaceAll('${arch}', arch).replaceAll('${os}', os);

const targets = (['linux', 'win', 'mac'] as const).flatMap((os) =>
  config[os].target.flatMap(({ target, arch }) => arch.map((a) => ({ os, target, arch: a }))),
);

describe('electron-builder ships ffmpeg and ffprobe', () => {
  it('is a configuration electron-builder itself accepts', async () => {
    // electron-builder's own schema check, the one `npm run dist` runs first.
    const { validateConfiguration } = requireHere('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = requireHere('builder-util') as {
      DebugLogger: new (on: boolean) => unknown;
    };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('has the four desktop targets', () => {
    expect(targets.map((t) => `${t.target} ${t.arch}`).sort()).toEqual([
      'AppImage x64',
      'deb x64',
      'dmg arm64',
      'dmg x64',
      'nsis x64',
    ]);
  });

  it.each(targets)('$target ($os $arch) copies its platform binaries from the lock file', (t) => {
    const platform = nodePlatform[t.os];
    const resources = [...config.extraResources, ...(config[t.os].extraResources ?? [])].map(
      (set) => ({ from: expand(set.from, t.os, t.arch), to: expand(set.to, t.os, t.arch) }),
    );
    for (const tool of ['ffmpeg', 'ffprobe'] as const) {
      const to = `${BUNDLED_TOOLS_DIR}/${toolFileName(tool, platform)}`;
      const copies = resources.filter((set) => set.to === to);
      expect(copies, `${t.target} ${t.arch}: ${to}`).toHaveLength(1);
      // The installer package (ffmpeg-static is optional and may be absent) and its
      // platform package, which the lock file must hold for this os and cpu.
      const installer = NPM_TOOL_PACKAGES[tool].find((name) => name.startsWith('@'))!;
      const scope = installer.split('/')[0]!;
      const platformPackage = `${scope}/${platform}-${t.arch}`;
      expect(copies[0]!.from).toBe(
        `node_modules/${platformPackage}/${toolFileName(tool, platform)}`,
      );
      expect(lock.packages[`node_modules/${installer}`]?.optionalDependencies).toHaveProperty(
        platformPackage,
      );
      expect(lock.packages[`node_modules/${platformPackage}`]).toMatchObject({
        os: [platform],
        cpu: [t.arch],
        optional: true,
      });
      // On this machine's own platform the file is there, and it is what npm hands out.
      if (platform === process.platform && t.arch === process.arch) {
        const file = resolve(root, copies[0]!.from);
        expect(statSync(file).isFile()).toBe(true);
        const handedOut = (requireHere(installer) as { path: string }).path;
        expect(relative(root, handedOut).split('\\').join('/')).toBe(copies[0]!.from);
      }
    }
  });

  it('keeps the binaries out of the asar', () => {
    expect(config.files).toContain(
      '!node_modules/{@ffmpeg-installer,@ffprobe-installer,ffmpeg-static,ffprobe-static}/**',
    );
  });

  it('makes the bundled binaries executable for every user after packing', async () => {
    const hook = (await import(pathToFileURL(join(root, config.afterPack)).href)) as {
      default(context: unknown): Promise<void>;
    };
    const appOutDir = tempDir();
    const dir = join(appOutDir, 'resources', BUNDLED_TOOLS_DIR);
    mkdirSync(dir, { recursive: true });
    for (const tool of ['ffmpeg', 'ffprobe']) {
      copyFileSync(join(root, 'package.json'), join(dir, tool));
      chmodSync(join(dir, tool), 0o744); // As @ffprobe-installer/linux-x64 ships it.
    }
    await hook.default({
      appOutDir,
      electronPlatformName: 'linux',
      packager: { appInfo: { productFilename: 'Course Studio' } },
    });
    for (const tool of ['ffmpeg', 'ffprobe'])
      expect(statSync(join(dir, tool)).mode & 0o777).toBe(0o755);
    await expect(
      hook.default({ appOutDir: tempDir(), electronPlatformName: 'linux', packager: {} }),
    ).rejects.toThrow('ffmpeg was not bundled');
  });
});
