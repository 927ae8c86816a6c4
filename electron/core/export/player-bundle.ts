/**
 * The learner player's script and stylesheet, which every export copies. In a source checkout
 * the player is bundled from renderer/player with esbuild on first use (so exports always carry
 * the current player); a packaged app ships the prebuilt files from `npm run build:player`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { StudioError } from '../../shared/errors';

export interface PlayerBundle {
  js: string;
  css: string;
  /** hls.js (light build, UMD: sets the global `Hls`), for packages with HLS video only. */
  hls: string;
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const entry = join(repoRoot, 'renderer', 'player', 'main.ts');
const hlsDist = join(repoRoot, 'node_modules', 'hls.js', 'dist', 'hls.light.min.js');

/**
 * The one set of esbuild options, also read by packaging/build-player.mjs: one IIFE script and
 * one stylesheet, so the prebuilt player and the one built on first export are the same bytes.
 */
export const playerBuildOptions = {
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'silent',
} as const;

let cached: Promise<PlayerBundle> | null = null;

/** The player bundle, built once per process. */
export function loadPlayerBundle(): Promise<PlayerBundle> {
  cached ??= loadBundle().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

async function loadBundle(): Promise<PlayerBundle> {
  const prebuilt = process.env.COURSE_STUDIO_PLAYER_DIR;
  if (prebuilt) return readPrebuilt(prebuilt);
  if (existsSync(entry)) return buildFromSource();
  return readPrebuilt(join(repoRoot, '.build', 'player'));
}

function readPrebuilt(folder: string): PlayerBundle {
  try {
    return {
      js: readFileSync(join(folder, 'player.js'), 'utf8'),
      css: readFileSync(join(folder, 'player.css'), 'utf8'),
      hls: withoutSourceMap(readFileSync(join(folder, 'hls.js'), 'utf8')),
    };
  } catch {
    throw new StudioError(
      'INTERNAL',
      `The learner player is missing from ${folder}; run npm run build:player.`,
    );
  }
}

async function buildFromSource(): Promise<PlayerBundle> {
  const { build } = await import('esbuild');
  const result = await build({
    ...playerBuildOptions,
    entryPoints: { player: entry },
    absWorkingDir: repoRoot,
    outdir: 'out',
    write: false,
  });
  const file = (extension: string) =>
    result.outputFiles.find((output) => output.path.endsWith(`player.${extension}`))?.text ?? '';
  return { js: file('js'), css: file('css'), hls: withoutSourceMap(readFileSync(hlsDist, 'utf8')) };
}

/** hls.js names a source map packages do not carry; a dangling reference helps nobody. */
function withoutSourceMap(script: string): string {
  return script.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
}
