/**
 * `course-studio doctor [--json]` (issue 13): every field of the JSON report, a missing
 * ffprobe reported as missing (not a crash), an ffmpeg without zscale warned about, and the
 * temp folder's privacy told as it is.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import {
  doctorFeatures,
  doctorWarningCodes,
  type DoctorReport,
} from '../../electron/shared/doctor';
import { runCli } from '../support/cli';
import { ffmpegWithout, systemFfmpeg, systemFfprobe } from '../support/limited-ffmpeg';

let dir: string;
let privateTemp: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cs-doctor-'));
  privateTemp = join(dir, 'private-tmp');
  mkdirSync(privateTemp, { mode: 0o700 });
  chmodSync(privateTemp, 0o700);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function doctor(env: Record<string, string>) {
  const result = runCli(['doctor', '--json'], { COURSE_STUDIO_TEMP: privateTemp, ...env });
  expect(result.stderr).toBe('');
  return { code: result.code, report: JSON.parse(result.stdout) as DoctorReport };
}

const keys = (value: object) => Object.keys(value).sort();
const toolKeys = ['found', 'package', 'path', 'source', 'version', 'year'];

describe('course-studio doctor --json', () => {
  it('reports every field', () => {
    const { code, report } = doctor({});
    expect(code).toBe(0);
    expect(keys(report)).toEqual(
      [
        'app',
        'candidates',
        'chromium',
        'electron',
        'ffmpeg',
        'ffprobe',
        'ok',
        'temp',
        'warnings',
      ].sort(),
    );
    expect(report.app).toEqual({
      version: packageJson.version,
      platform: process.platform,
      arch: process.arch,
      node: process.version,
      electron: null,
    });

    expect(keys(report.ffmpeg)).toEqual([...toolKeys, 'features'].sort());
    expect(report.ffmpeg).toMatchObject({
      found: true,
      path: systemFfmpeg,
      source: 'path',
      package: null,
    });
    expect(report.ffmpeg.version).toMatch(/^\S+$/);
    expect(report.ffmpeg.year).toBeGreaterThanOrEqual(2022);
    expect(keys(report.ffmpeg.features!)).toEqual([...doctorFeatures].sort());
    expect(Object.values(report.ffmpeg.features!).every((value) => value === true)).toBe(true);

    expect(keys(report.ffprobe)).toEqual(toolKeys);
    expect(report.ffprobe).toMatchObject({ found: true, path: systemFfprobe, source: 'path' });

    // The npm binaries were looked at too, and run; the system ones were chosen.
    for (const candidate of report.candidates) {
      expect(keys(candidate)).toEqual(
        ['chosen', 'package', 'path', 'runs', 'source', 'tool', 'version', 'year'].sort(),
      );
    }
    const npm = report.candidates.filter((c) => c.source === 'npm');
    expect(npm.map((c) => [c.tool, c.package, c.runs, c.chosen])).toEqual([
      ['ffmpeg', '@ffmpeg-installer/ffmpeg', true, false],
      ['ffprobe', '@ffprobe-installer/ffprobe', true, false],
    ]);
    expect(report.candidates.filter((c) => c.chosen).map((c) => c.path)).toEqual([
      systemFfmpeg,
      systemFfprobe,
    ]);

    const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
    expect(report.chromium).toEqual({ path: chromium, found: existsSync(chromium) });
    expect(keys(report.electron)).toEqual(['found', 'path', 'running']);
    expect(report.electron.running).toBe(false);
    expect(report.electron.found).toBe(existsSync(report.electron.path!));

    expect(report.temp).toEqual({
      path: privateTemp,
      exists: true,
      freeBytes: expect.any(Number) as number,
      private: true,
    });
    expect(report.temp.freeBytes).toBeGreaterThan(0);
    for (const warning of report.warnings) {
      expect(keys(warning)).toEqual(['code', 'message']);
      expect(doctorWarningCodes).toContain(warning.code);
    }
    expect(report.warnings.map((w) => w.code)).not.toContain('TEMP_NOT_PRIVATE');
    expect(report.ok).toBe(true);
  });

  it('reports a missing ffprobe as missing, with exit code 1', () => {
    const { code, report } = doctor({ COURSE_STUDIO_FFPROBE: join(dir, 'nowhere', 'ffprobe') });
    expect(code).toBe(1);
    expect(report.ffprobe).toEqual({
      found: false,
      path: null,
      source: null,
      package: null,
      version: null,
      year: null,
    });
    expect(report.ffmpeg.found).toBe(true);
    expect(report.warnings.map((w) => w.code)).toContain('FFPROBE_MISSING');
    expect(report.ok).toBe(false);
    const text = runCli(['doctor'], { COURSE_STUDIO_FFPROBE: join(dir, 'nowhere', 'ffprobe') });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^ffprobe\s+missing$/m);
  });

  it('uses and names the npm binaries when the PATH has none', () => {
    const { code, report } = doctor({ COURSE_STUDIO_IGNORE_PATH_TOOLS: '1' });
    expect(code).toBe(0);
    expect(report.ffmpeg).toMatchObject({
      found: true,
      source: 'npm',
      package: '@ffmpeg-installer/ffmpeg',
      year: 2018,
    });
    expect(report.ffprobe).toMatchObject({ source: 'npm', package: '@ffprobe-installer/ffprobe' });
    expect(report.candidates.some((c) => c.source === 'path')).toBe(false);
  });

  it('warns when the ffmpeg used cannot tone-map HDR', () => {
    const { code, report } = doctor({
      COURSE_STUDIO_FFMPEG: ffmpegWithout(join(dir, 'bin'), ['zscale']),
    });
    expect(code).toBe(0);
    expect(report.ffmpeg).toMatchObject({ source: 'env' });
    expect(report.ffmpeg.features).toMatchObject({ zscale: false, tonemap: true });
    expect(report.warnings).toContainEqual({
      code: 'NO_TONE_MAPPING',
      message: expect.stringContaining('has no zscale filter') as string,
    });
  });

  it('says when other users can read the temp folder', () => {
    const shared = join(dir, 'shared-tmp');
    mkdirSync(shared);
    chmodSync(shared, 0o755);
    const { report } = doctor({ COURSE_STUDIO_TEMP: shared });
    expect(report.temp.private).toBe(false);
    expect(report.warnings.map((w) => w.code)).toContain('TEMP_NOT_PRIVATE');
  });
});
