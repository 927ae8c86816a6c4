import { describe, expect, it } from 'vitest';
import { startsNewWord } from '../../../renderer/src/editor/nodes/wordSteps';

/** Types `text` one character at a time and returns the undo steps it makes. */
function steps(text: string, start = ''): string[] {
  const marks: string[] = [];
  let value = start;
  for (const char of text) {
    const next = value + char;
    if (startsNewWord(value, next) || marks.length === 0) marks.push(value);
    value = next;
  }
  return marks;
}

describe('undo steps in a block field', () => {
  it('start at each new word, with the space kept in the word before', () => {
    expect(steps('Which organelle makes energy')).toEqual([
      '',
      'Which ',
      'Which organelle ',
      'Which organelle makes ',
    ]);
  });

  it('treat a paste or a replacement as a step of its own', () => {
    expect(startsNewWord('abc', 'abc pasted text')).toBe(true);
    expect(startsNewWord('abc', 'xyz')).toBe(true);
    expect(startsNewWord('abcd', 'abc')).toBe(false);
  });

  it('count a letter typed in the middle of a word as part of it', () => {
    expect(startsNewWord('wrd', 'word')).toBe(false);
    expect(startsNewWord('one two', 'one xtwo')).toBe(true);
  });
});
