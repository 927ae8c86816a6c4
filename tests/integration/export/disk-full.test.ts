/**
 * An export onto a disk that fills up, for real: a 24 MiB tmpfs and a course whose lecture
 * MP4 is 64 MiB. Through the contract and through the CLI the export fails with DISK_FULL
 * naming the chosen path, the message reads in English and Chinese, and nothing (no partial
 * package, no temporary file) is left on the disk. Mounting needs root (as CI runs);
 * elsewhere the file says so and skips.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StudioError } from '../../../electron/shared/errors';
import { formatMessage } from '../../../electron/shared/format-message';
import { en } from '../../../renderer/src/i18n/en';
import { zhCN } from '../../../renderer/src/i18n/zh-CN';
import { runCli } from '../../support/cli';
import { makeStudio } from '../../support/studio';
import { exportFixture } from './fixture';

const dir = mkdtempSync(join(tmpdir(), 'cs-export-full-'));
const small = join(dir, 'small-disk');
let mounted = false;
try {
  mkdirSync(small);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', small], { stdio: 'pipe' });
  mounted = true;
} catch (error) {
  console.log(
    `[export disk-full.test] skipped: cannot mount a small tmpfs here (${(error as Error).message.split('\n')[0]})`,
  );
}
afterAll(() => {
  if (mounted) execFileSync('umount', ['-l', small], { stdio: 'pipe' });
  rmSync(dir, { recursive: true, force: true });
});

const fixture = exportFixture({ videoMiB: 64 });

describe.skipIf(!mounted)('an export onto a full disk', () => {
  it('fails with DISK_FULL in English and Chinese and leaves nothing behind', async () => {
    const { call } = makeStudio();
    await call('project.open', { path: fixture.course.path });
    const outPath = join(small, 'course-scorm12.zip');
    // The export is a job: it starts, and its result carries the failure.
    const { jobId } = await call('export.run', { format: 'scorm12', outPath });
    const failure = await call('export.result', { jobId }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StudioError);
    const error = failure as StudioError<'DISK_FULL'>;
    expect(error).toMatchObject({ code: 'DISK_FULL', details: { path: outPath } });
    expect(formatMessage('en', en['error.DISK_FULL'], error.details)).toBe(
      `The disk is full, so ${outPath} could not be written. Free some space and try again.`,
    );
    expect(formatMessage('zh-CN', zhCN['error.DISK_FULL'], error.details)).toBe(
      `磁盘已满，无法写入 ${outPath}。请释放空间后重试。`,
    );
    expect(readdirSync(small)).toEqual([]);
  }, 120_000);

  it('says so from the CLI with exit code 1 and leaves nothing behind', () => {
    const outPath = join(small, 'site');
    const result = runCli([
      'export',
      fixture.course.path,
      '--format',
      'site',
      '--out',
      outPath,
      '--quiet',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `course-studio: The disk is full; ${outPath} could not be written.\n`,
    );
    expect(readdirSync(small)).toEqual([]);
  }, 120_000);

  it('maps a full disk during a CLI command that writes files itself (media extract)', () => {
    const outDir = join(small, 'extracted');
    const { videoAssetId } = fixture.course;
    const result = runCli(['media', 'extract', fixture.course.path, videoAssetId, outDir]);
    rmSync(outDir, { recursive: true, force: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^course-studio: The disk is full; .* could not be written\.\n$/);
  }, 120_000);
});
