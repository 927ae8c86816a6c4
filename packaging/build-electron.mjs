// Bundles the Electron main process and the preload with esbuild into .build/electron/.
// Both are CommonJS: Electron's sandboxed preload cannot load ES modules, and a CJS main
// keeps `require` available for better-sqlite3, which stays external with its .node file.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, '.build', 'electron');

const shared = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  metafile: true,
};

await Promise.all([
  build({
    ...shared,
    entryPoints: ['electron/main/main.ts'],
    outfile: path.join(outDir, 'main.cjs'),
    // Native code and shipped binaries must stay real files on disk, not bundled source.
    external: [
      'electron',
      'better-sqlite3',
      'ffmpeg-static',
      '@ffmpeg-installer/ffmpeg',
      '@ffprobe-installer/ffprobe',
      // Only source checkouts build the learner player on demand; packaged apps ship it built.
      'esbuild',
    ],
    // Core code is ESM; in a CJS bundle `import.meta.url` would be empty, so point it at the
    // bundle file itself.
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  }),
  build({
    ...shared,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: path.join(outDir, 'preload.cjs'),
    external: ['electron'],
  }).then(refuseNodeImportsInPreload),
]);

console.log(`Built ${path.relative(root, outDir)}/main.cjs and preload.cjs`);

/** A sandboxed preload can require only 'electron'; fail the build, not the app launch. */
function refuseNodeImportsInPreload(result) {
  const externals = Object.values(result.metafile.outputs)
    .flatMap((output) => output.imports)
    .filter((entry) => entry.external && entry.path !== 'electron')
    .map((entry) => entry.path);
  if (externals.length > 0) {
    throw new Error(
      `preload imports modules a sandboxed preload cannot load: ${externals.join(', ')}`,
    );
  }
}
