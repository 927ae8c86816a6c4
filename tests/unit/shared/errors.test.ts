/**
 * Errors mapped once: real failures from the file system and from SQLite become the codes the
 * UI translates, with the path in the details, and every message placeholder has its detail.
 */
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { formatMessage } from '../../../electron/shared/format-message';
import { StudioError, toStudioError, type ErrorDetails } from '../../../electron/shared/errors';
import { en } from '../../../renderer/src/i18n/en';
import type { UnfilledErrorPlaceholders } from '../../../renderer/src/i18n/errorPlaceholders';
import { zhCN } from '../../../renderer/src/i18n/zh-CN';

const dir = mkdtempSync(join(tmpdir(), 'cs-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function thrown(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

/** The sentence the UI shows for an error, in both languages. */
function shown(error: StudioError): { en: string; zh: string } {
  const key = `error.${error.code}` as const;
  const details = error.toJSON().details as Record<string, string> | undefined;
  return {
    en: formatMessage('en', en[key], details),
    zh: formatMessage('zh-CN', zhCN[key], details),
  };
}

describe('toStudioError', () => {
  it('maps real file-system failures, naming the path', () => {
    const missing = join(dir, 'missing.txt');
    expect(toStudioError(thrown(() => readFileSync(missing)))).toMatchObject({
      code: 'FILE_NOT_FOUND',
      details: { path: missing },
    });
    const long = join(dir, 'x'.repeat(300));
    expect(toStudioError(thrown(() => writeFileSync(long, 'a')))).toMatchObject({
      code: 'NAME_TOO_LONG',
      details: { path: long },
    });
    const existing = join(dir, 'there.txt');
    writeFileSync(existing, 'a');
    expect(toStudioError(thrown(() => openSync(existing, 'wx')))).toMatchObject({
      code: 'FILE_EXISTS',
      details: { path: existing },
    });
  });

  it('maps the errno codes of a full, forbidden or read-only disk', () => {
    // The shapes Node gives these (root cannot provoke EACCES, and a full disk is tested in
    // tests/integration/export/disk-full.test.ts): { code, errno, syscall, path }.
    const failure = (code: string) =>
      Object.assign(new Error(`${code}: open '/data/out.zip'`), { code, path: '/data/out.zip' });
    expect(toStudioError(failure('ENOSPC')).code).toBe('DISK_FULL');
    expect(toStudioError(failure('EDQUOT')).code).toBe('DISK_FULL');
    expect(toStudioError(failure('EACCES')).code).toBe('NO_PERMISSION');
    expect(toStudioError(failure('EPERM')).code).toBe('NO_PERMISSION');
    expect(toStudioError(failure('EROFS'))).toMatchObject({
      code: 'READ_ONLY',
      details: { path: '/data/out.zip' },
    });
    // The path the user chose wins over the temporary one the OS reported.
    expect(toStudioError(failure('ENOSPC'), { path: '/data/final.zip' }).details).toEqual({
      path: '/data/final.zip',
    });
  });

  it('maps real SQLite failures', () => {
    const notDb = join(dir, 'notes.course');
    writeFileSync(
      notDb,
      'just some text that is long enough to not be a database header '.repeat(4),
    );
    const error = thrown(() => new Database(notDb).pragma('user_version'));
    expect(toStudioError(error, { path: notDb })).toMatchObject({
      code: 'PROJECT_CORRUPT',
      details: { path: notDb },
    });
    const real = join(dir, 'real.db');
    new Database(real).exec('CREATE TABLE t (x)').close();
    const readOnly = new Database(real, { readonly: true });
    const write = thrown(() => readOnly.exec('INSERT INTO t VALUES (1)'));
    readOnly.close();
    expect((write as { code: string }).code).toMatch(/^SQLITE_READONLY/);
    expect(toStudioError(write, { path: real })).toMatchObject({
      code: 'READ_ONLY',
      details: { path: real },
    });
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    expect(toStudioError(full, { path: real })).toMatchObject({ code: 'DISK_FULL' });
  });

  it('keeps StudioErrors and their data, and anything else is INTERNAL', () => {
    const own = new StudioError('NOT_FOUND', 'gone', { id: 'a' });
    expect(toStudioError(own)).toBe(own);
    expect(toStudioError(own.toJSON())).toMatchObject({ code: 'NOT_FOUND', details: { id: 'a' } });
    expect(toStudioError(new Error('boom'))).toMatchObject({ code: 'INTERNAL', message: 'boom' });
    expect(toStudioError('text')).toMatchObject({ code: 'INTERNAL', message: 'text' });
  });

  it('gives messages in English and Chinese that name the path', () => {
    const error = toStudioError(
      Object.assign(new Error('ENOSPC'), { code: 'ENOSPC', path: '/media/usb/course.zip' }),
    );
    expect(shown(error)).toEqual({
      en: 'The disk is full, so /media/usb/course.zip could not be written. Free some space and try again.',
      zh: '磁盘已满，无法写入 /media/usb/course.zip。请释放空间后重试。',
    });
    for (const code of ['NO_PERMISSION', 'READ_ONLY', 'NAME_TOO_LONG'] as const) {
      const text = shown(new StudioError(code, code, { path: '/p/q' }));
      expect(text.en, code).toContain('/p/q');
      expect(text.zh, code).toContain('/p/q');
    }
  });
});

describe('error details and message placeholders', () => {
  it('types the details of the codes messages name', () => {
    const details: ErrorDetails['NOT_ENOUGH_SPACE'] = {
      neededGb: '1.5',
      freeGb: '0.2',
      folder: '/',
    };
    const error = new StudioError('NOT_ENOUGH_SPACE', 'short', details);
    expect(shown(error).en).toContain('about 1.5 GB and 0.2 GB is free');
    // @ts-expect-error: NOT_ENOUGH_SPACE must say how much is needed and free.
    void new StudioError('NOT_ENOUGH_SPACE', 'short', { folder: '/' });
  });

  it('finds a placeholder that has no detail (the check messages.ts applies to en and zh-CN)', () => {
    type Broken = Omit<typeof en, 'error.DISK_FULL'> & {
      'error.DISK_FULL': 'Full: {path} on {drive}';
    };
    const problem: UnfilledErrorPlaceholders<Broken> = 'error.DISK_FULL: {drive}';
    // @ts-expect-error: the real tables have no unfilled placeholder, so nothing is assignable.
    const none: UnfilledErrorPlaceholders<typeof en> = 'error.DISK_FULL: {path}';
    expect([problem, none]).toHaveLength(2);
  });
});
