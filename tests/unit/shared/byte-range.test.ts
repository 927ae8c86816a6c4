import { describe, expect, it } from 'vitest';
import { contentRange, parseByteRange } from '../../../electron/shared/byte-range';

describe('parseByteRange (studio-media: protocol and /media)', () => {
  it.each([
    ['bytes=0-9', 100, { start: 0, end: 10 }],
    ['bytes=90-', 100, { start: 90, end: 100 }],
    ['bytes=90-500', 100, { start: 90, end: 100 }],
    ['bytes=-10', 100, { start: 90, end: 100 }],
    ['bytes=-500', 100, { start: 0, end: 100 }],
    ['Bytes = 5 - 5', 100, { start: 5, end: 6 }],
  ])('%s of %i bytes is a range', (header, size, expected) => {
    expect(parseByteRange(header, size)).toEqual(expected);
  });

  it.each([
    ['bytes=100-', 100],
    ['bytes=100-200', 100],
    ['bytes=-0', 100],
    ['bytes=0-', 0],
  ])('%s of %i bytes is unsatisfiable (416)', (header, size) => {
    expect(parseByteRange(header, size)).toBe('unsatisfiable');
  });

  it.each([
    [undefined],
    [null],
    [''],
    ['bytes=-'],
    ['bytes=9-3'],
    ['bytes=0-1,5-6'],
    ['items=0-1'],
  ])('ignores %j and sends the whole body', (header) => {
    expect(parseByteRange(header, 100)).toBeNull();
  });

  it('writes Content-Range with an inclusive end', () => {
    expect(contentRange({ start: 0, end: 10 }, 100)).toBe('bytes 0-9/100');
  });
});
