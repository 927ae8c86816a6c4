import { describe, expect, it } from 'vitest';
import { isSafeLinkUrl, renderLessonHtml } from '../../../electron/shared/content';
import type { SerializedNode } from '../../../electron/shared/model';
import { assetUrl, doc, element, link, paragraph, text } from './builders';

const render = (...children: SerializedNode[]) => renderLessonHtml(doc(...children), { assetUrl });

const allowed = [
  'http://example.com',
  'https://example.com/path?q=1#part',
  'HTTPS://EXAMPLE.COM',
  'HtTp://example.com',
  'mailto:teacher@example.com',
  'MAILTO:teacher@example.com?subject=Hi%20there',
  '  https://example.com/padded  ',
  'https://例子.中国/课程',
];

const hostile = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'java\u0000script:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://example.com',
  'tel:+123456',
  'blob:https://example.com/uuid',
  '//evil.example.com',
  '/relative/path',
  'relative/path',
  '#anchor',
  '?query',
  '',
  '   ',
  'http://',
  'https:',
  'https:/example.com',
  'https:///example.com',
  'https:\\\\evil.example.com',
  'mailto:',
  'https://exa mple.com',
  'https://example.com/\u200b',
  '\u202ehttps://example.com',
  'https://example.com/\u2028x',
  'h\u00adttps://example.com',
];

describe('isSafeLinkUrl', () => {
  it.each(allowed)('allows %j', (url) => {
    expect(isSafeLinkUrl(url)).toBe(true);
  });

  it.each(hostile)('rejects %j', (url) => {
    expect(isSafeLinkUrl(url)).toBe(false);
  });

  it('rejects values that are not strings', () => {
    expect(isSafeLinkUrl(42 as unknown as string)).toBe(false);
    expect(isSafeLinkUrl(null as unknown as string)).toBe(false);
  });
});

describe('renderLessonHtml: links', () => {
  it('renders an allowed link with rel="noopener noreferrer"', () => {
    expect(render(paragraph(link('https://example.com', text('site', 1))))).toBe(
      '<p><a href="https://example.com" rel="noopener noreferrer"><strong>site</strong></a></p>',
    );
  });

  it('renders mailto and trims the URL', () => {
    expect(render(paragraph(link('  mailto:a@example.com ', text('mail'))))).toBe(
      '<p><a href="mailto:a@example.com" rel="noopener noreferrer">mail</a></p>',
    );
  });

  it('keeps _blank and _self targets and a title, and overrides the stored rel', () => {
    const node = element(
      'link',
      { url: 'http://x.example', target: '_blank', title: 'Title', rel: 'opener' },
      text('x'),
    );
    expect(render(paragraph(node))).toBe(
      '<p><a href="http://x.example" rel="noopener noreferrer" target="_blank" title="Title">x</a></p>',
    );
  });

  it('drops any other target', () => {
    const node = element('link', { url: 'http://x.example', target: '" onclick="x' }, text('x'));
    expect(render(paragraph(node))).toBe(
      '<p><a href="http://x.example" rel="noopener noreferrer">x</a></p>',
    );
  });

  it.each(hostile)('renders only the children of a link to %j', (url) => {
    expect(render(paragraph(link(url, text('click <me>'))))).toBe('<p>click &lt;me&gt;</p>');
  });

  it('renders only the children of a link with no URL', () => {
    expect(render(paragraph(element('link', {}, text('x'))))).toBe('<p>x</p>');
    expect(render(paragraph(element('link', { url: 7 }, text('x'))))).toBe('<p>x</p>');
  });

  it('renders an autolink, unless the author unlinked it', () => {
    const auto = (isUnlinked: boolean) =>
      element('autolink', { url: 'https://example.com', isUnlinked }, text('example.com'));
    expect(render(paragraph(auto(false)))).toBe(
      '<p><a href="https://example.com" rel="noopener noreferrer">example.com</a></p>',
    );
    expect(render(paragraph(auto(true)))).toBe('<p>example.com</p>');
  });

  it('never nests anchors', () => {
    const inner = link('https://inner.example', text('in'));
    expect(render(paragraph(link('https://outer.example', text('out '), inner)))).toBe(
      '<p><a href="https://outer.example" rel="noopener noreferrer">out in</a></p>',
    );
  });
});
