import { describe, expect, it } from 'vitest';
import { locatePassage, pinPassage } from '../../../electron/shared/review/passage';

describe('passage pins', () => {
  const text = 'Mass is inertia. Force is mass times acceleration. Mass is not weight.';

  it('find a quote that occurs twice by what surrounds it', () => {
    const second = text.lastIndexOf('Mass is');
    const pin = pinPassage(text, second, second + 'Mass is'.length);
    expect(locatePassage(text, pin)).toBe(second);
    const first = pinPassage(text, 0, 'Mass is'.length);
    expect(locatePassage(text, first)).toBe(0);
  });

  it('follow the passage when text is added around it', () => {
    const at = text.indexOf('mass times');
    const pin = pinPassage(text, at, at + 'mass times'.length);
    const edited = `Chapter 2.\n${text.replace('Force is', 'Newton: force is')} And more.`;
    expect(locatePassage(edited, pin)).toBe(edited.indexOf('mass times'));
  });

  it('report a passage whose words were deleted as gone', () => {
    const pin = pinPassage(text, 0, 'Mass is inertia'.length);
    expect(locatePassage(text.replace('inertia', 'resistance'), pin)).toBeNull();
  });

  it('keep at most 40 characters of context on each side', () => {
    const long = `${'a'.repeat(100)}QUOTE${'b'.repeat(100)}`;
    const pin = pinPassage(long, 100, 105);
    expect(pin).toEqual({ quote: 'QUOTE', prefix: 'a'.repeat(40), suffix: 'b'.repeat(40) });
  });
});
