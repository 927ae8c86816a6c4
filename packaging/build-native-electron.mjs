// Builds better-sqlite3 for the installed Electron's ABI into .build/electron-native/.
// It compiles a temporary copy of node_modules/better-sqlite3, so the Node build there (used by
// every test) is never touched. Needs the network once, to fetch Electron's headers.
//
//   node packaging/build-native-electron.mjs [--verbose]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const electronVersion = require('electron/package.json').version;
const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = require('better-sqlite3/package.json').version;
const nodeGyp = path.join(
  path.dirname(require.resolve('node-gyp/package.json')),
  'bin',
  'node-gyp.js',
);
const outDir = path.join(root, '.build', 'electron-native');
const verbose = process.argv.includes('--verbose');
const headersUrl = 'https://electronjs.org/headers';

const problem = buildInTemporaryCopy();
if (problem) {
  console.error(`build-native-electron: ${problem}`);
  process.exit(1);
}
console.log(
  `Built better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} in ${path.relative(root, outDir)}/`,
);

/** Compiles and copies the addon; returns a one-line reason on failure. */
function buildInTemporaryCopy() {
  const work = mkdtempSync(path.join(os.tmpdir(), 'course-studio-native-'));
  try {
    // The existing build/ is the Node build; leave it behind so node-gyp starts clean.
    cpSync(sqliteDir, work, {
      recursive: true,
      filter: (source) => path.relative(sqliteDir, source).split(path.sep)[0] !== 'build',
    });
    const result = spawnSync(
      process.execPath,
      [
        nodeGyp,
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        `--arch=${process.arch}`,
        `--dist-url=${headersUrl}`,
        '--runtime=electron',
        // Electron's headers get their own cache, apart from Node's.
        `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
      ],
      { cwd: work, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    if (verbose) process.stderr.write(output);
    if (result.status !== 0) return explain(output, result);

    mkdirSync(outDir, { recursive: true });
    cpSync(
      path.join(work, 'build', 'Release', 'better_sqlite3.node'),
      path.join(outDir, 'better_sqlite3.node'),
    );
    // start.ts rebuilds when Electron is upgraded and this no longer matches.
    writeFileSync(
      path.join(outDir, 'version.json'),
      `${JSON.stringify({ electron: electronVersion, betterSqlite3: sqliteVersion }, null, 2)}\n`,
    );
    return null;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** One line that says what went wrong; the full log is one --verbose away. */
function explain(output, result) {
  if (result.error) return `could not run node-gyp: ${result.error.message}`;
  const offline =
    /network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|fetch failed|network|40[34] status/i;
  if (/headers|tarball|download|SHASUMS/i.test(output) && offline.test(output)) {
    return `could not fetch Electron ${electronVersion} headers from ${headersUrl} (offline?); the Electron build of better-sqlite3 was not made.`;
  }
  return `node-gyp failed to build better-sqlite3 for Electron ${electronVersion} (exit ${result.status}); rerun with --verbose for its log.`;
}
