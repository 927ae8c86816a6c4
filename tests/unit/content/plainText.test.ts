import { describe, expect, it } from 'vitest';
import { lessonPlainText } from '../../../electron/shared/content';
import type { SerializedNode } from '../../../electron/shared/model';
import { emptyLessonDocument } from '../../../electron/shared/model';
import {
  cell,
  doc,
  element,
  linebreak,
  link,
  list,
  listItem,
  nested,
  paragraph,
  tab,
  text,
} from './builders';

const plain = (...children: SerializedNode[]) => lessonPlainText(doc(...children));

describe('lessonPlainText', () => {
  it('is empty for an empty lesson', () => {
    expect(lessonPlainText(emptyLessonDocument())).toBe('');
    expect(plain()).toBe('');
  });

  it('puts each paragraph and heading on its own line, ignoring formats', () => {
    expect(
      plain(
        element('heading', { tag: 'h2' }, text('Intro')),
        paragraph(text('Hello ', 1), text('world', 2)),
        paragraph(text('Second')),
      ),
    ).toBe('Intro\nHello world\nSecond');
  });

  it('keeps blank paragraphs as blank lines', () => {
    expect(plain(paragraph(text('a')), paragraph(), paragraph(text('b')))).toBe('a\n\nb');
  });

  it('turns line breaks and tabs into characters', () => {
    expect(plain(paragraph(text('a'), linebreak, text('b'), tab, text('c')))).toBe('a\nb\tc');
  });

  it('does not escape or drop special characters, Chinese or emoji', () => {
    expect(plain(paragraph(text(`<b> & "q" 你好 👋`)))).toBe(`<b> & "q" 你好 👋`);
  });

  it('puts list items, nested ones included, on their own lines', () => {
    const nestedItem = listItem({}, list('bullet', listItem({}, text('b1')), listItem({})));
    expect(
      plain(list('bullet', listItem({}, text('a')), nestedItem, listItem({}, text('c')))),
    ).toBe('a\nb1\n\nc');
  });

  it('keeps code exactly', () => {
    const code = element('code', { language: 'py' }, text('def f():'), linebreak, tab, text('x'));
    expect(plain(paragraph(text('Before')), code)).toBe('Before\ndef f():\n\tx');
  });

  it('includes link text whatever the URL', () => {
    expect(
      plain(paragraph(text('See '), link('javascript:x', text('this')), text(' and that'))),
    ).toBe('See this and that');
  });

  it('puts each table cell on its own line', () => {
    const table = element(
      'table',
      {},
      element('tablerow', {}, cell(1, paragraph(text('H1'))), cell(1, paragraph(text('H2')))),
      element('tablerow', {}, cell(0, paragraph(text('a'))), cell(0)),
    );
    expect(plain(table)).toBe('H1\nH2\na\n');
  });

  it('separates text around images and rules, without their attributes', () => {
    expect(
      plain(
        element('quote', {}, text('q')),
        { type: 'image', assetId: 'x', altText: 'alt' },
        { type: 'horizontalrule' },
        element('callout', {}, text('inline'), text(' run')),
      ),
    ).toBe('q\ninline run');
  });

  it('reads text from unknown containers but not from unknown leaves', () => {
    expect(plain(paragraph(text('a'), { type: 'math', equation: 'x^2' }, text('b')))).toBe('ab');
  });

  it('stops at the depth limit', () => {
    expect(plain(nested(198, paragraph(text('deep'))))).toBe('deep');
    expect(plain(nested(199, paragraph(text('deep'))))).toBe('');
  });
});
