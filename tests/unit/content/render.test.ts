import { describe, expect, it } from 'vitest';
import { renderLessonHtml } from '../../../electron/shared/content';
import type { SerializedNode } from '../../../electron/shared/model';
import { emptyLessonDocument } from '../../../electron/shared/model';
import {
  assetUrl,
  doc,
  element,
  linebreak,
  list,
  listItem,
  paragraph,
  tab,
  text,
} from './builders';

const render = (...children: SerializedNode[]) => renderLessonHtml(doc(...children), { assetUrl });

describe('renderLessonHtml: blocks', () => {
  it('renders a paragraph', () => {
    expect(render(paragraph(text('Hello')))).toBe('<p>Hello</p>');
  });

  it('keeps empty paragraphs and trailing line breaks visible', () => {
    expect(renderLessonHtml(emptyLessonDocument(), { assetUrl })).toBe('<p><br></p>');
    expect(render(paragraph(text('a'), linebreak))).toBe('<p>a<br><br></p>');
    expect(render(paragraph(text('a'), linebreak, text('b')))).toBe('<p>a<br>b</p>');
  });

  it('renders alignment and indent as classes only', () => {
    expect(render(element('paragraph', { format: 'center' }, text('x')))).toBe(
      '<p class="align-center">x</p>',
    );
    expect(render(element('paragraph', { format: 4, indent: 2 }, text('x')))).toBe(
      '<p class="align-justify indent-2">x</p>',
    );
    expect(render(element('paragraph', { indent: 50 }, text('x')))).toBe(
      '<p class="indent-8">x</p>',
    );
    expect(render(element('paragraph', { format: 'center" onclick="x', indent: -1 }))).toBe(
      '<p><br></p>',
    );
    expect(render(element('paragraph', { format: 9, indent: 1.5 }, text('x')))).toBe('<p>x</p>');
  });

  it.each(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])('renders a %s heading', (tag) => {
    expect(render(element('heading', { tag }, text('Title')))).toBe(`<${tag}>Title</${tag}>`);
  });

  it('renders a heading with an unknown tag as h1, never as the tag', () => {
    expect(render(element('heading', { tag: 'script' }, text('x')))).toBe('<h1>x</h1>');
    expect(render(element('heading', { tag: 'h7' }, text('x')))).toBe('<h1>x</h1>');
    expect(render(element('heading', {}, text('x')))).toBe('<h1>x</h1>');
  });

  it('renders a quote', () => {
    expect(render(element('quote', {}, text('Said'), linebreak, text('so')))).toBe(
      '<blockquote>Said<br>so</blockquote>',
    );
  });

  it('renders a horizontal rule', () => {
    expect(render({ type: 'horizontalrule', version: 1 })).toBe('<hr>');
  });

  it('renders a line break and a tab', () => {
    expect(render(paragraph(text('a'), tab, text('b'), linebreak, text('c')))).toBe(
      '<p>a\tb<br>c</p>',
    );
  });
});

describe('renderLessonHtml: text formats', () => {
  it.each([
    [1, 'strong'],
    [2, 'em'],
    [4, 's'],
    [8, 'u'],
    [16, 'code'],
    [32, 'sub'],
    [64, 'sup'],
    [128, 'mark'],
  ])('renders format bit %i as <%s>', (format, tag) => {
    expect(render(paragraph(text('x', format)))).toBe(`<p><${tag}>x</${tag}></p>`);
  });

  it('nests combined formats in a fixed order', () => {
    expect(render(paragraph(text('x', 255)))).toBe(
      '<p><strong><em><s><u><code><sub><sup><mark>x</mark></sup></sub></code></u></s></em></strong></p>',
    );
    expect(render(paragraph(text('x', 128 | 1)))).toBe('<p><strong><mark>x</mark></strong></p>');
  });

  it('ignores bits it does not render and formats that are not whole numbers', () => {
    expect(render(paragraph(text('x', 256 | 512 | 1024)))).toBe('<p>x</p>');
    expect(render(paragraph(text('x', -1)))).toBe('<p>x</p>');
    expect(render(paragraph({ type: 'text', text: 'x', format: '1' }))).toBe('<p>x</p>');
    expect(render(paragraph({ type: 'text', text: 'x', format: 1.5 }))).toBe('<p>x</p>');
  });

  it('drops the inline style the editor stores', () => {
    const styled = { ...text('x'), style: 'background: url(javascript:alert(1))' };
    expect(render(paragraph(styled))).toBe('<p>x</p>');
  });
});

describe('renderLessonHtml: escaping', () => {
  it('escapes the five special characters in text', () => {
    expect(render(paragraph(text(`<script>alert("x")</script> & 'y'`)))).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>',
    );
  });

  it('does not decode entities already in the text', () => {
    expect(render(paragraph(text('&lt;b&gt;')))).toBe('<p>&amp;lt;b&amp;gt;</p>');
  });

  it('keeps Chinese text and emoji intact', () => {
    const value = '你好，世界！学习 👩‍💻🎉 café';
    expect(render(paragraph(text(value, 1)))).toBe(`<p><strong>${value}</strong></p>`);
  });

  it('escapes attribute values', () => {
    const titled = element(
      'link',
      { url: 'https://example.com/?a=1&b="2"', title: `"><img src=x onerror='y'>` },
      text('go'),
    );
    expect(render(paragraph(titled))).toBe(
      '<p><a href="https://example.com/?a=1&amp;b=&quot;2&quot;" rel="noopener noreferrer"' +
        ' title="&quot;&gt;&lt;img src=x onerror=&#39;y&#39;&gt;">go</a></p>',
    );
  });
});

describe('renderLessonHtml: lists', () => {
  it('renders a bullet list', () => {
    expect(render(list('bullet', listItem({}, text('a')), listItem({ value: 2 }, text('b'))))).toBe(
      '<ul><li>a</li><li>b</li></ul>',
    );
  });

  it('renders a numbered list and honours start', () => {
    expect(render(list('number', listItem({}, text('a'))))).toBe('<ol><li>a</li></ol>');
    const fromThree = element('list', { listType: 'number', start: 3, tag: 'ol' }, listItem({}));
    expect(render(fromThree)).toBe('<ol start="3"><li></li></ol>');
    const badStart = element('list', { listType: 'number', start: '3"><b>', tag: 'ol' });
    expect(render(badStart)).toBe('<ol></ol>');
  });

  it('renders a check list with checked state', () => {
    expect(
      render(
        list(
          'check',
          listItem({ checked: true }, text('done')),
          listItem({ checked: false }, text('todo')),
          listItem({ checked: 'yes' }, text('odd')),
        ),
      ),
    ).toBe(
      '<ul class="checklist">' +
        '<li role="checkbox" aria-checked="true">done</li>' +
        '<li role="checkbox" aria-checked="false">todo</li>' +
        '<li role="checkbox" aria-checked="false">odd</li></ul>',
    );
  });

  it('nests an indented list inside the item before it', () => {
    const nestedItem = listItem({}, list('number', listItem({}, text('b'))));
    expect(
      render(list('number', listItem({}, text('a')), nestedItem, listItem({}, text('c')))),
    ).toBe('<ol><li>a<ol><li>b</li></ol></li><li>c</li></ol>');
  });

  it('keeps numbering right when the first item is indented', () => {
    const nestedItem = listItem({}, list('number', listItem({}, text('a'))));
    expect(render(list('number', nestedItem, listItem({}, text('b'))))).toBe(
      '<ol><li class="nested"><ol><li>a</li></ol></li><li value="1">b</li></ol>',
    );
  });

  it('reads legacy and compact list types', () => {
    expect(render(element('list', { listType: 'ul' }, listItem({})))).toBe('<ul><li></li></ul>');
    expect(render(element('list', { tag: 'ul' }, listItem({})))).toBe('<ul><li></li></ul>');
    expect(render(element('list', {}, listItem({})))).toBe('<ol><li></li></ol>');
  });

  it('wraps a stray child of a list in an item', () => {
    expect(render(list('bullet', text('loose')))).toBe('<ul><li>loose</li></ul>');
  });

  it('renders list item alignment', () => {
    expect(render(list('bullet', listItem({ format: 'right', indent: 1 }, text('a'))))).toBe(
      '<ul><li class="align-right">a</li></ul>',
    );
  });
});

describe('renderLessonHtml: code blocks', () => {
  const codeBlock = (language: unknown, ...children: SerializedNode[]) =>
    element('code', { language }, ...children);

  it('preserves code text exactly', () => {
    const block = codeBlock(
      'javascript',
      { type: 'code-highlight', text: 'if', highlightType: 'keyword' },
      { type: 'code-highlight', text: ' (a < b && c) {' },
      linebreak,
      tab,
      text('  return "x";  ', 1),
      linebreak,
      { type: 'code-highlight', text: '}' },
    );
    expect(render(block)).toBe(
      '<pre><code data-language="javascript">if (a &lt; b &amp;&amp; c) {\n\t  return &quot;x&quot;;  \n}</code></pre>',
    );
  });

  it.each(['c++', 'c#', 'objective-c', 'PY3'])('accepts the language %s', (language) => {
    expect(render(codeBlock(language, text('x')))).toBe(
      `<pre><code data-language="${language}">x</code></pre>`,
    );
  });

  it.each(['js" onmouseover="alert(1)', 'a b', '', 'x'.repeat(33), null, 42])(
    'drops the unsafe or missing language %j',
    (language) => {
      expect(render(codeBlock(language, text('x')))).toBe('<pre><code>x</code></pre>');
    },
  );

  it('keeps the text of unexpected nodes inside a code block', () => {
    expect(render(codeBlock('js', element('callout', {}, text('<a>'))))).toBe(
      '<pre><code data-language="js">&lt;a&gt;</code></pre>',
    );
  });
});
