import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../electron/core/project/migrations/index';
import { runCli } from '../support/cli';
import { tempDir } from '../support/temp';

describe('course-studio new and info', () => {
  it('creates a course and describes it, as text and as JSON', () => {
    const file = join(tempDir(), 'physics.course');
    const created = runCli(['new', file, '--title', 'Physics 物理', '--lang', 'zh-CN']);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toContain(file);

    const text = runCli(['info', file]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Title: +Physics 物理/);
    expect(text.stdout).toMatch(new RegExp(`Schema version: +${SCHEMA_VERSION}`));
    expect(text.stdout).toContain('第一课');

    const json = runCli(['info', file, '--json']);
    const info = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(info).toMatchObject({
      title: 'Physics 物理',
      language: 'zh-CN',
      schemaVersion: SCHEMA_VERSION,
      assetCount: 0,
    });
    const outline = info.outline as {
      id: string;
      title: string;
      lessons: { id: string; title: string }[];
    }[];
    expect(outline).toHaveLength(1);
    expect(outline[0]?.lessons).toEqual([{ id: expect.any(String), title: '第一课' }]);
  });

  it('refuses to overwrite without --force, and overwrites with it', () => {
    const file = join(tempDir(), 'c.course');
    expect(runCli(['new', file, '--title', 'One']).code).toBe(0);
    const refused = runCli(['new', file, '--title', 'Two']);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/already exists/);
    expect(runCli(['new', file, '--title', 'Two', '--force']).code).toBe(0);
    expect(JSON.parse(runCli(['info', file, '--json']).stdout)).toMatchObject({
      title: 'Two',
      language: 'en',
    });
  });

  it('builds the bilingual sample course', () => {
    const file = join(tempDir(), 'sample.course');
    expect(runCli(['new', file, '--from-sample', 'bilingual-intro']).code).toBe(0);
    const info = JSON.parse(runCli(['info', file, '--json']).stdout) as {
      outline: { lessons: unknown[] }[];
      assetCount: number;
    };
    expect(info.outline).toHaveLength(2);
    expect(info.outline.flatMap((s) => s.lessons).length).toBeGreaterThanOrEqual(4);
    expect(info.assetCount).toBe(1);
    expect(runCli(['new', join(tempDir(), 'x.course'), '--from-sample', '../etc']).code).toBe(1);
  });

  it('reports bad files in one line with exit code 1 and leaves them unchanged', () => {
    const dir = tempDir();
    const notes = join(dir, 'notes.course');
    writeFileSync(
      notes,
      'not a course at all, just text that is long enough to pass a header check.'.repeat(3),
    );
    const before = createHash('sha256').update(readFileSync(notes)).digest('hex');
    for (const [file, pattern] of [
      [notes, /not a Course Studio project/],
      [join(dir, 'missing.course'), /does not exist/],
    ] as const) {
      const result = runCli(['info', file]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(pattern);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(createHash('sha256').update(readFileSync(notes)).digest('hex')).toBe(before);
  });

  it('exits 2 on wrong usage and prints help on --help for every command', () => {
    expect(runCli([]).code).toBe(2);
    expect(runCli(['frobnicate']).code).toBe(2);
    expect(runCli(['new', join(tempDir(), 'a.course')]).code).toBe(2);
    expect(runCli(['new', join(tempDir(), 'a.course'), '--title', 'T', '--lang', 'fr']).code).toBe(
      2,
    );
    expect(runCli(['info', 'a', '--bogus']).code).toBe(2);
    expect(runCli(['serve', '--port', 'abc']).code).toBe(2);
    for (const command of ['new', 'info', 'serve', 'start']) {
      const help = runCli([command, '--help']);
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toMatch(new RegExp(`Usage: course-studio ${command}`));
    }
    const top = runCli(['--help']);
    expect(top.code).toBe(0);
    expect(existsSync(join(tempDir(), 'a.course'))).toBe(false);
  });
});
