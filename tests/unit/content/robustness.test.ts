import { describe, expect, it } from 'vitest';
import { lessonPlainText, renderLessonHtml } from '../../../electron/shared/content';
import type { LessonDocument, SerializedNode } from '../../../electron/shared/model';
import { assetUrl, doc, element, list, listItem, nested, paragraph, text } from './builders';

const render = (...children: SerializedNode[]) => renderLessonHtml(doc(...children), { assetUrl });
const asDocument = (value: unknown) => value as LessonDocument;
/** A node whose fields have the wrong types, as a hand-edited file may hold. */
const loose = (node: Record<string, unknown>) => node as SerializedNode;

describe('renderLessonHtml: unknown nodes', () => {
  it('renders the children of an unknown container', () => {
    expect(render(element('callout', { tone: 'warning' }, paragraph(text('Careful'))))).toBe(
      '<p>Careful</p>',
    );
  });

  it('renders nothing for an unknown leaf, whatever markup it carries', () => {
    expect(render({ type: 'html', html: '<script>alert(1)</script>' })).toBe('');
    expect(render({ type: 'video', assetId: 'v1', src: 'javascript:alert(1)' })).toBe('');
    expect(render(paragraph({ type: 'math', equation: '<b>x</b>' }, text('y')))).toBe('<p>y</p>');
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'p', 'script'])(
    'treats the type %j as unknown',
    (type) => {
      expect(render({ type, children: [text('<kept>')] })).toBe('&lt;kept&gt;');
    },
  );
});

describe('renderLessonHtml: malformed documents', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'doc'],
    ['an array', []],
    ['an empty object', {}],
    ['a null root', { root: null }],
    ['a string root', { root: 'root' }],
    ['a root without type', { root: { children: [] } }],
    ['a root without children', { root: { type: 'root' } }],
    ['string children', { root: { type: 'root', children: 'x' } }],
    ['object children', { root: { type: 'root', children: { 0: { type: 'paragraph' } } } }],
  ])('renders %s as an empty string', (_name, value) => {
    expect(renderLessonHtml(asDocument(value), { assetUrl })).toBe('');
    expect(lessonPlainText(asDocument(value))).toBe('');
  });

  it('skips children that are not nodes', () => {
    const children = [null, 1, 'text', [], { text: 'no type' }, { type: 5 }, paragraph(text('ok'))];
    const value = { root: { type: 'root', children } };
    expect(renderLessonHtml(asDocument(value), { assetUrl })).toBe('<p>ok</p>');
    expect(lessonPlainText(asDocument(value))).toBe('ok');
  });

  it('tolerates fields of the wrong type', () => {
    expect(render(loose({ type: 'text', text: 42, format: 1 }))).toBe('');
    expect(render(loose({ type: 'paragraph', children: null }))).toBe('<p><br></p>');
    expect(render(loose({ type: 'list', listType: 7, start: 'x', children: [7] }))).toBe(
      '<ol></ol>',
    );
    expect(render(loose({ type: 'table', children: 'rows' }))).toBe(
      '<table><tbody></tbody></table>',
    );
    expect(render(loose({ type: 'code', language: {}, children: [{ type: 'text' }] }))).toBe(
      '<pre><code></code></pre>',
    );
    expect(render(loose({ type: 'link', url: ['https://x.example'] }))).toBe('');
  });
});

describe('renderLessonHtml: deep nesting', () => {
  // The root is level 0, so a leaf under n containers and a paragraph sits at level n + 2.
  it('renders content down to level 200', () => {
    expect(render(nested(198, paragraph(text('deep'))))).toBe('<p>deep</p>');
  });

  it('drops content below level 200', () => {
    expect(render(nested(199, paragraph(text('deep'))))).toBe('<p><br></p>');
    expect(render(nested(200, paragraph(text('deep'))))).toBe('');
  });

  it('survives a hostile, very deep document', () => {
    const hostile = nested(100_000, paragraph(text('deep')));
    expect(render(hostile)).toBe('');
    expect(lessonPlainText(doc(hostile))).toBe('');
  });

  it('survives deeply nested lists, links, tables and code', () => {
    let node: SerializedNode = text('leaf');
    for (let level = 0; level < 20_000; level++) {
      const kind = level % 4;
      if (kind === 0) node = list('bullet', listItem({}, node));
      else if (kind === 1) node = element('link', { url: 'https://x.example' }, node);
      else if (kind === 2) node = element('table', {}, element('tablerow', {}, node));
      else node = element('code', {}, node);
    }
    expect(() => render(node)).not.toThrow();
    expect(() => lessonPlainText(doc(node))).not.toThrow();
  });

  it('parses and renders a deep document read from JSON', () => {
    const json = '{"root":{"type":"root","children":[' + '{"type":"x","children":['.repeat(5000);
    const value = JSON.parse(json + ']}'.repeat(5000) + ']}}') as LessonDocument;
    expect(renderLessonHtml(value, { assetUrl })).toBe('');
  });
});
