/**
 * Issue 9 item 11: a FIFO (or device) given as input is refused at once instead of blocking
 * the CLI forever or freezing the web host for every tab.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli';
import { tempDir } from '../../support/temp';
import { hostWithCourse } from '../../support/web-host';

function fifo(): string {
  const path = join(tempDir(), 'captions.srt');
  execFileSync('mkfifo', [path]);
  return path;
}

describe('non-regular input files', () => {
  it('captions add on a FIFO fails at once through the CLI', () => {
    const dir = tempDir();
    const course = join(dir, 'c.course');
    expect(runCli(['new', course, '--title', 'FIFO']).code).toBe(0);
    const result = runCli(['captions', 'add', course, 'asset1', fifo(), '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/captions\.srt is not a regular file/),
    ]);
  });

  it('captions add and media import on a FIFO, a device or a folder are refused by /rpc, and the host keeps answering', async () => {
    const { rpc } = await hostWithCourse();
    const pipe = fifo();
    for (const path of [pipe, '/dev/zero', tempDir()]) {
      const reply = await rpc('captions.add', { assetId: 'a1', path, lang: 'en' });
      expect(reply.error).toMatchObject({ code: 'NOT_A_FILE' });
    }
    expect((await rpc('media.import', { path: pipe })).error).toMatchObject({ code: 'NOT_A_FILE' });
    expect((await rpc('project.current', {})).ok).toBe(true);
  });
});
