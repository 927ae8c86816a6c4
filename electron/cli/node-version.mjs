// Plain JavaScript on purpose: it runs before tsx is loaded, on whatever Node started us.
import { readFileSync } from 'node:fs';

/** The lowest Node the studio runs on, from package.json's engines.node (">=X.Y.Z"). */
export function nodeFloor() {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const match = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(manifest.engines?.node ?? '');
  if (!match) throw new Error('package.json engines.node must read ">=X.Y.Z"');
  return match.slice(1).map(Number);
}

/**
 * A one-line message when `version` (e.g. "20.11.1") is below `floor`, otherwise null.
 * zlib.crc32, which every package writer uses, arrived in Node 20.15 / 22.2.
 */
export function nodeVersionProblem(version, floor = nodeFloor()) {
  const parts = version.replace(/^v/, '').split('.').map(Number);
  for (let index = 0; index < 3; index += 1) {
    const have = parts[index] ?? 0;
    const need = floor[index] ?? 0;
    if (have > need) return null;
    if (have < need) {
      return `course-studio needs Node.js ${floor.join('.')} or later; this is Node.js ${version.replace(/^v/, '')}. Install a newer Node.js (https://nodejs.org) and try again.`;
    }
  }
  return null;
}
