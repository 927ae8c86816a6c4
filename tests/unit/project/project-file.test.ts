import Database from 'better-sqlite3';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../electron/shared/errors';
import { SCHEMA_VERSION } from '../../../electron/core/project/migrations/index';
import { APPLICATION_ID, readProjectHeader } from '../../../electron/core/project/project-file';
import { Project } from '../../../electron/core/project/project';
import { tempDir } from '../../support/temp';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function expectStudioError(work: () => unknown, code: StudioError['code']): void {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(StudioError);
    expect((error as StudioError).code).toBe(code);
    return;
  }
  throw new Error(`expected ${code}, nothing was thrown`);
}

describe('creating a project', () => {
  it('makes a marked, versioned, WAL, STRICT SQLite file with one section and one lesson', () => {
    const path = join(tempDir(), 'course.course');
    Project.create(path, { title: 'Physics 物理', language: 'zh-CN' }).close();

    expect(readProjectHeader(path)).toEqual({
      applicationId: APPLICATION_ID,
      schemaVersion: SCHEMA_VERSION,
    });
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(2);
    const tables = db
      .prepare<[], { name: string; strict: number }>(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'",
      )
      .all();
    expect(tables.map((t) => t.name).sort()).toEqual(
      [
        'assets',
        'chunks',
        'comments',
        'course',
        'jobs',
        'job_chunks',
        'lessons',
        'media_file_chunks',
        'media_files',
        'outline',
        'outline_trash',
        'publications',
        'review_copy',
        'snapshot_docs',
        'snapshots',
      ].sort(),
    );
    for (const table of tables) expect(table.strict, table.name).toBe(1);
    expect(db.prepare('SELECT kind, title FROM outline ORDER BY kind DESC').all()).toEqual([
      // A course section is a 单元; 章节 are a video's chapters.
      { kind: 'section', title: '第一单元' },
      { kind: 'lesson', title: '第一课' },
    ]);
    db.close();
  });

  it('refuses to replace an existing file unless forced', () => {
    const path = join(tempDir(), 'course.course');
    writeFileSync(path, 'precious');
    expectStudioError(() => Project.create(path, { title: 'A', language: 'en' }), 'FILE_EXISTS');
    expect(readFileSync(path, 'utf8')).toBe('precious');
    Project.create(path, { title: 'A', language: 'en', force: true }).close();
    expect(readProjectHeader(path).applicationId).toBe(APPLICATION_ID);
  });

  it('turns on foreign keys for every connection', () => {
    const path = join(tempDir(), 'course.course');
    const project = Project.create(path, { title: 'A', language: 'en' });
    expect(project.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() =>
      project.db
        .prepare("INSERT INTO lessons (id, doc, updated_at) VALUES ('ghost', '{}', 'now')")
        .run(),
    ).toThrow(/FOREIGN KEY/);
    project.close();
  });
});

describe('refusing files that are not courses, leaving them unchanged', () => {
  it('a text file', () => {
    const path = join(tempDir(), 'notes.course');
    writeFileSync(path, 'just some notes\n'.repeat(20));
    const before = sha(path);
    expectStudioError(() => Project.open(path), 'NOT_SQLITE');
    expect(sha(path)).toBe(before);
  });

  it('an empty file', () => {
    const path = join(tempDir(), 'empty.course');
    writeFileSync(path, '');
    expectStudioError(() => Project.open(path), 'NOT_A_COURSE');
    expect(readFileSync(path).length).toBe(0);
  });

  it('a SQLite database of another application', () => {
    const path = join(tempDir(), 'other.course');
    const other = new Database(path);
    other.exec('CREATE TABLE things (x); INSERT INTO things VALUES (1);');
    other.close();
    const before = sha(path);
    expectStudioError(() => Project.open(path), 'NOT_A_COURSE');
    expect(sha(path)).toBe(before);
  });

  it('a course from a newer Course Studio', () => {
    const path = join(tempDir(), 'future.course');
    Project.create(path, { title: 'Future', language: 'en' }).close();
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = sha(path);
    try {
      Project.open(path);
      throw new Error('opened a newer file');
    } catch (error) {
      expect((error as StudioError).code).toBe('NEWER_SCHEMA');
      expect((error as StudioError).message).toMatch(/newer Course Studio/);
    }
    expect(sha(path)).toBe(before);
  });

  it('a file that does not exist', () => {
    expectStudioError(() => Project.open(join(tempDir(), 'missing.course')), 'FILE_NOT_FOUND');
  });
});

describe('a course open in another process', () => {
  it('is reported as in use, and free again once that process dies', async () => {
    const path = join(tempDir(), 'shared.course');
    Project.create(path, { title: 'Shared', language: 'en' }).close();
    const holder = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `const { Project } = await import(${JSON.stringify(new URL('../../../electron/core/project/project.ts', import.meta.url).href)}); Project.open(${JSON.stringify(path)}); console.log('holding'); setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (data: Buffer) => data.toString().includes('holding') && resolve());
      holder.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
    });
    expectStudioError(() => Project.open(path), 'PROJECT_IN_USE');
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.on('exit', resolve));
    const project = Project.open(path);
    expect(project.snapshot().course.title).toBe('Shared');
    project.close();
  });
});

describe('crash safety', () => {
  it('keeps every committed action when the process is killed without closing', () => {
    const path = join(tempDir(), 'crash.course');
    Project.create(path, { title: 'Crash', language: 'en' }).close();
    const script = `
      const { Project } = await import(${JSON.stringify(new URL('../../../electron/core/project/project.ts', import.meta.url).href)});
      const p = Project.open(${JSON.stringify(path)});
      p.transact((db) => db.prepare("UPDATE course SET title = 'After crash'").run());
      process.kill(process.pid, 'SIGKILL');`;
    try {
      execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { stdio: 'ignore' });
    } catch {
      // killed, as intended
    }
    const project = Project.open(path);
    expect(project.snapshot().course.title).toBe('After crash');
    expect(project.db.pragma('integrity_check', { simple: true })).toBe('ok');
    project.close();
  });
});
