/**
 * The player's build options have one home (core/export/player-bundle.ts): the prebuilt player
 * of `npm run build:player` and the one a source checkout builds on first export are the same.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPlayerBundle } from '../../../electron/core/export/player-bundle';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the player bundle', () => {
  it('is byte-identical prebuilt and built in memory', async () => {
    execFileSync(process.execPath, ['--import', 'tsx', 'packaging/build-player.mjs'], {
      cwd: root,
      stdio: 'pipe',
    });
    const inMemory = await loadPlayerBundle();
    expect(readFileSync(`${root}.build/player/player.js`, 'utf8')).toBe(inMemory.js);
    expect(readFileSync(`${root}.build/player/player.css`, 'utf8')).toBe(inMemory.css);
  }, 60_000);
});
