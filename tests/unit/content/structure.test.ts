import { describe, expect, it } from 'vitest';
import { renderLessonHtml } from '../../../electron/shared/content';
import type { SerializedNode } from '../../../electron/shared/model';
import { assetUrl, cell, doc, element, paragraph, text } from './builders';

const render = (...children: SerializedNode[]) => renderLessonHtml(doc(...children), { assetUrl });
const table = (...rows: SerializedNode[]) => element('table', {}, ...rows);
const row = (...cells: SerializedNode[]) => element('tablerow', {}, ...cells);

describe('renderLessonHtml: tables', () => {
  it('renders rows and data cells', () => {
    expect(render(table(row(cell(0, paragraph(text('a'))), cell(0, paragraph(text('b'))))))).toBe(
      '<table><tbody><tr><td><p>a</p></td><td><p>b</p></td></tr></tbody></table>',
    );
  });

  it('renders header cells with a scope for each header state', () => {
    expect(render(table(row(cell(1), cell(2), cell(3), cell(0))))).toBe(
      '<table><tbody><tr><th scope="col"></th><th scope="row"></th><th scope="col"></th>' +
        '<td></td></tr></tbody></table>',
    );
  });

  it('renders spans greater than one', () => {
    const spanning = element('tablecell', { headerState: 0, colSpan: 2, rowSpan: 3 });
    expect(render(table(row(spanning)))).toBe(
      '<table><tbody><tr><td colspan="2" rowspan="3"></td></tr></tbody></table>',
    );
  });

  it('ignores invalid spans and header states', () => {
    const odd = element('tablecell', { headerState: 9, colSpan: '2" x="', rowSpan: 0.5 });
    const huge = element('tablecell', { headerState: 0, colSpan: 5000, rowSpan: -2 });
    expect(render(table(row(odd, huge)))).toBe(
      '<table><tbody><tr><td></td><td></td></tr></tbody></table>',
    );
  });

  it('wraps stray children so the table stays well-formed', () => {
    expect(render(table(paragraph(text('p')), row(text('t'))))).toBe(
      '<table><tbody><tr><td><p>p</p></td></tr><tr><td>t</td></tr></tbody></table>',
    );
  });

  it('renders stray rows and cells outside a table as their content', () => {
    expect(render(row(cell(1, paragraph(text('x')))))).toBe('<p>x</p>');
  });
});

describe('renderLessonHtml: images', () => {
  const image = (fields: Record<string, unknown>): SerializedNode => ({
    type: 'image',
    version: 1,
    ...fields,
  });

  it('renders an image inside a figure', () => {
    expect(render(image({ assetId: 'a1_B-2', altText: 'A chart' }))).toBe(
      '<figure><img src="asset://course/a1_B-2" alt="A chart" loading="lazy"></figure>',
    );
  });

  it('renders width and height, rounded', () => {
    expect(render(image({ assetId: 'x', altText: '', width: 320.4, height: 200 }))).toBe(
      '<figure><img src="asset://course/x" alt="" width="320" height="200" loading="lazy"></figure>',
    );
  });

  it('ignores dimensions that are not positive numbers', () => {
    expect(render(image({ assetId: 'x', altText: 'a', width: 'inherit', height: -5 }))).toBe(
      '<figure><img src="asset://course/x" alt="a" loading="lazy"></figure>',
    );
    expect(render(image({ assetId: 'x', width: Number.NaN, height: 1e9 }))).toBe(
      '<figure><img src="asset://course/x" alt="" loading="lazy"></figure>',
    );
  });

  it('escapes the alt text and the asset URL', () => {
    const html = renderLessonHtml(doc(image({ assetId: 'x', altText: '"><script>图 🎉' })), {
      assetUrl: (id) => `https://cdn.example/${id}?a=1&b="2"`,
    });
    expect(html).toBe(
      '<figure><img src="https://cdn.example/x?a=1&amp;b=&quot;2&quot;"' +
        ' alt="&quot;&gt;&lt;script&gt;图 🎉" loading="lazy"></figure>',
    );
  });

  it.each([undefined, '', '../secret', 'a"b', 'a b', 'x'.repeat(65), 42, 'ünïcode'])(
    'renders nothing for the asset id %j',
    (assetId) => {
      const requested: string[] = [];
      const html = renderLessonHtml(doc(image({ assetId, altText: 'a' })), {
        assetUrl: (id) => {
          requested.push(id);
          return id;
        },
      });
      expect(html).toBe('');
      expect(requested).toEqual([]);
    },
  );

  it('accepts a 64-character asset id', () => {
    const assetId = 'x'.repeat(64);
    expect(render(image({ assetId, altText: '' }))).toBe(
      `<figure><img src="asset://course/${assetId}" alt="" loading="lazy"></figure>`,
    );
  });
});
