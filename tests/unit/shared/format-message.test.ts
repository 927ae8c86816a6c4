/** The one message formatter: placeholders and CLDR plurals in English and Chinese. */
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../electron/shared/format-message';

const lessons = '{count, plural, =0 {No lessons} one {# lesson} other {# lessons}} in {title}';
const zhLessons = '{title} 中有 {count, plural, =0 {0 个课时} other {# 个课时}}';

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones as written', () => {
    expect(formatMessage('en', 'Saved {name} at {time}', { name: 'a.course' })).toBe(
      'Saved a.course at {time}',
    );
    expect(formatMessage('en', 'No braces', { name: 'x' })).toBe('No braces');
    expect(formatMessage('en', 'Raw {name}')).toBe('Raw {name}');
  });

  it('says 1 lesson and 2 lessons in English', () => {
    const cases: [number, string][] = [
      [0, 'No lessons in Physics'],
      [1, '1 lesson in Physics'],
      [2, '2 lessons in Physics'],
      [1500, '1,500 lessons in Physics'],
    ];
    for (const [count, text] of cases) {
      expect(formatMessage('en', lessons, { count, title: 'Physics' })).toBe(text);
    }
  });

  it('uses Chinese plural rules (only "other") and Chinese number formatting', () => {
    expect(formatMessage('zh-CN', zhLessons, { count: 1, title: '物理' })).toBe(
      '物理 中有 1 个课时',
    );
    expect(formatMessage('zh-CN', zhLessons, { count: 2, title: '物理' })).toBe(
      '物理 中有 2 个课时',
    );
    expect(formatMessage('zh-CN', zhLessons, { count: 0, title: '物理' })).toBe(
      '物理 中有 0 个课时',
    );
    // A Chinese table that kept an English-style `one` branch still never picks it.
    expect(formatMessage('zh-CN', '{n, plural, one {一个（错）} other {# 个}}', { n: 1 })).toBe(
      '1 个',
    );
  });

  it('nests placeholders inside plural branches and keeps a plural with a text value', () => {
    expect(
      formatMessage('en', '{n, plural, one {# file in {dir}} other {# files in {dir}}}', {
        n: 1,
        dir: 'out',
      }),
    ).toBe('1 file in out');
    expect(formatMessage('en', '{n, plural, one {#} other {#}}', { n: 'many' })).toBe(
      '{n, plural, one {#} other {#}}',
    );
  });
});
