/**
 * No "1 lessons" anywhere: the studio, the player, the lesson renderer and the CLI fill their
 * counted texts through the one formatter, in English and Chinese.
 */
import { describe, expect, it } from 'vitest';
import { cliText } from '../../../electron/cli/messages';
import { contentLabels } from '../../../electron/shared/content/labels';
import { formatMessage } from '../../../electron/shared/format-message';
import { playerStrings } from '../../../renderer/player/i18n';
import { en } from '../../../renderer/src/i18n/en';
import { zhCN } from '../../../renderer/src/i18n/zh-CN';

describe('counted texts', () => {
  it('in the studio', () => {
    const studio = (key: keyof typeof en, params: Record<string, string | number>) => [
      formatMessage('en', en[key], params),
      formatMessage('zh-CN', zhCN[key], params),
    ];
    expect(studio('export.summary', { size: '2 MB', files: 1 })).toEqual([
      '2 MB, 1 file',
      '2 MB，1 个文件',
    ]);
    expect(studio('export.summary', { size: '2 MB', files: 12 })[0]).toBe('2 MB, 12 files');
    expect(studio('chapters.suggested', { count: 1 })).toEqual([
      '1 slide change found.',
      '检测到 1 处换页。',
    ]);
  });

  it('in the player', () => {
    const english = playerStrings('en');
    const chinese = playerStrings('zh-CN');
    expect(english.lessonsDone(1, 1)).toBe('1 of 1 lesson');
    expect(english.lessonsDone(2, 4)).toBe('2 of 4 lessons');
    expect(english.attemptsLeft(1)).toBe('You have 1 more try.');
    expect(english.attemptsLeft(3)).toBe('You have 3 more tries.');
    expect(english.unanswered(1)).toBe('1 question is still unanswered.');
    expect(english.unvisited(2)).toBe('2 lessons are not opened yet.');
    expect(english.lessonMark('Waves', 40, 60)).toBe('Waves: 40% (needs 60%)');
    expect(english.previous).toBe('Previous');
    expect(chinese.lessonsDone(1, 4)).toBe('已学 1 / 4 课');
    expect(chinese.attemptsLeft(1)).toBe('你还有 1 次机会。');
    expect(chinese.unvisited(1)).toBe('还有 1 课未学习。');
  });

  it('in lesson pages and the CLI', () => {
    expect(contentLabels('en').points(1)).toBe('1 point');
    expect(contentLabels('en').points(2)).toBe('2 points');
    expect(contentLabels('zh-CN').points(1)).toBe('1 分');
    expect(cliText('exportWrote', { path: 'a.zip', files: 1, bytes: 300 })).toBe(
      'Wrote a.zip (1 file, 300 bytes)',
    );
    expect(cliText('mediaExtracted', { files: 2, folder: 'out' })).toBe('Wrote 2 files to out');
  });
});
