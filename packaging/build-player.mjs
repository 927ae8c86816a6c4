// Bundles the learner player (renderer/player) with esbuild into .build/player/player.js and
// player.css, the files every export copies. Source checkouts build the player in memory on
// first export (electron/core/export/player-bundle.ts); a packaged app, which has no sources,
// reads these prebuilt files instead. Both read the options from player-bundle.ts, so this
// script runs under tsx (`npm run build:player`).
import { build } from 'esbuild';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { playerBuildOptions } from '../electron/core/export/player-bundle.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, '.build', 'player');

await build({
  absWorkingDir: root,
  // The offline review site's comment layer (issue 12) ships beside the player.
  entryPoints: {
    player: 'renderer/player/main.ts',
    'review-layer': 'renderer/player/review/layer.ts',
  },
  outdir,
  ...playerBuildOptions,
  // The in-memory build reports its own errors; here a warning should reach the terminal.
  logLevel: 'warning',
});

// hls.js ships as its own file: exports add it only to courses with HLS video.
copyFileSync(
  path.join(root, 'node_modules', 'hls.js', 'dist', 'hls.light.min.js'),
  path.join(outdir, 'hls.js'),
);

copyFileSync(
  path.join(root, 'renderer', 'player', 'review', 'layer.css'),
  path.join(outdir, 'review-layer.css'),
);

console.log(`Built ${path.relative(root, outdir)}/player.js and player.css`);
