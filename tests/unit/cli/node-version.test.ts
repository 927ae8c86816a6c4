/**
 * Issue 9, item 15: engines.node states the real floor (zlib.crc32 arrived in Node 20.15),
 * and the CLI checks it before loading anything, with one clear line.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeFloor, nodeVersionProblem } from '../../../electron/cli/node-version.mjs';
import { cliPath } from '../../support/cli';

const manifest = JSON.parse(
  readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
) as { engines: { node: string } };

describe('the Node.js floor', () => {
  it('is the version that has zlib.crc32', () => {
    expect(manifest.engines.node).toBe('>=20.15.0');
    expect(nodeFloor()).toEqual([20, 15, 0]);
  });

  it('compares versions part by part', () => {
    expect(nodeVersionProblem('20.15.0')).toBeNull();
    expect(nodeVersionProblem('v20.20.2')).toBeNull();
    expect(nodeVersionProblem('22.12.0')).toBeNull();
    expect(nodeVersionProblem('20.14.9')).toMatch(
      /needs Node\.js 20\.15\.0 or later; this is Node\.js 20\.14\.9/,
    );
    expect(nodeVersionProblem('18.20.0')).toMatch(/needs Node\.js 20\.15\.0/);
  });

  it('an older Node gets one line and exit 1 before any command runs', () => {
    // Pretends to be Node 20.11 and to lack crc32, as such a Node would.
    const pretend = [
      "Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '20.11.1' } });",
    ].join('');
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        `data:text/javascript,${encodeURIComponent(pretend)}`,
        cliPath,
        'info',
        'x.course',
      ],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^course-studio needs Node\.js 20\.15\.0 or later; this is Node\.js 20\.11\.1\./,
      ),
    ]);
    expect(result.stdout).toBe('');
  });
});
