/**
 * The CLI and the contract read the export formats from the shared table: the help lists
 * every format, and an output name whose ending says another kind of file is refused before
 * anything is written (`--format olx --out x.zip` once wrote a tar.gz named .zip).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFormatList } from '../../../electron/shared/export-formats';
import { runCli } from '../../support/cli';
import { makeStudio } from '../../support/studio';
import { exportFixture } from './fixture';

const fixture = exportFixture({ video: false });

describe('export formats in the CLI and the contract', () => {
  it('lists every format of the table in both help texts', () => {
    const usage = runCli(['--help']).stdout;
    expect(usage).toContain(`--format ${exportFormatList.map((spec) => spec.id).join('|')}`);
    const help = runCli(['export', '--help']).stdout;
    for (const spec of exportFormatList) {
      expect(help).toMatch(new RegExp(`^  ${spec.id} +${spec.description} \\(`, 'm'));
    }
    expect(help).toContain('olx         Open edX / XuetangX course export (.tar.gz / .tgz)');
  });

  it('refuses --format olx --out x.zip from the CLI and leaves nothing', () => {
    const out = join(fixture.dir, 'x.zip');
    const result = runCli(['export', fixture.course.path, '--format', 'olx', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('written as .tar.gz or .tgz');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses the same through export.run with EXPORT_WRONG_EXTENSION', async () => {
    const { call, dir } = makeStudio();
    await call('project.open', { path: fixture.course.path });
    const before = readdirSync(dir);
    await expect(
      call('export.run', { format: 'scorm12', outPath: join(dir, 'package.imscc') }),
    ).rejects.toMatchObject({
      code: 'EXPORT_WRONG_EXTENSION',
      details: { format: 'scorm12', expected: '.zip' },
    });
    expect(readdirSync(dir)).toEqual(before);
  });
});
