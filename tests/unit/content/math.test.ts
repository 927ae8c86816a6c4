/**
 * Equations in the one lesson renderer: typeset by KaTeX to HTML + MathML (or MathML alone),
 * never a script or a link from the LaTeX, invalid LaTeX as a visible error, and the source in
 * the plain text used for search.
 */
import { describe, expect, it } from 'vitest';
import {
  lessonPlainText,
  maxLatexLength,
  renderLessonHtml,
  usesKatexStylesheet,
} from '../../../electron/shared/content';
import type { SerializedNode } from '../../../electron/shared/model';
import { doc, paragraph, text } from './builders';

const math = (latex: string, inline: boolean): SerializedNode => ({
  type: 'math',
  version: 1,
  latex,
  inline,
});
const render = (options: { mathml?: boolean }, ...children: SerializedNode[]) =>
  renderLessonHtml(doc(...children), {
    assetUrl: (id) => id,
    math: options.mathml ? 'mathml' : undefined,
  });

describe('equations in rendered lessons', () => {
  it('typesets inline and display equations as HTML with MathML for screen readers', () => {
    const html = render(
      {},
      paragraph(text('Energy '), math('E = mc^2', true)),
      math('\\sum_{i=1}^n i', false),
    );
    expect(html).toMatch(/^<p>Energy <span class="cs-math"><span class="katex">/);
    expect(html).toContain('<annotation encoding="application/x-tex">E = mc^2</annotation>');
    expect(html).toContain('<div class="cs-math-block"><span class="katex-display">');
    expect(html).toMatch(/<math[^>]*display="block"/);
    expect(usesKatexStylesheet(html)).toBe(true);
  });

  it('writes MathML alone when asked, which needs no stylesheet', () => {
    const html = render({ mathml: true }, math('x^2', false));
    expect(html).toContain('<math');
    expect(html).not.toContain('katex-html');
    expect(usesKatexStylesheet(html)).toBe(false);
  });

  it('never turns LaTeX into links, scripts or raw HTML', () => {
    const html = render(
      {},
      math('\\href{javascript:alert(1)}{x} \\url{https://example.org} <script>', false),
      math('\\htmlClass{evil}{x} \\includegraphics{a.png}', true),
    );
    // The source may appear as escaped text (the annotation, an error), never as markup.
    expect(html).not.toMatch(/<a[\s>]|<script|<img|\shref=|\ssrc=|class="evil"/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('shows invalid or oversized LaTeX as an error message instead of throwing', () => {
    const broken = render({}, math('\\frac{1}{', false));
    expect(broken).toContain('katex-error');
    expect(broken).toContain('\\frac{1}{');
    const huge = render({}, math('x'.repeat(maxLatexLength + 1), true));
    expect(huge).toContain('class="katex-error" title="Equation too long"');
  });

  it('renders nothing for an empty equation or a malformed node', () => {
    expect(render({}, math('  ', false))).toBe('');
    expect(render({}, { type: 'math', version: 1, latex: 42 } as unknown as SerializedNode)).toBe(
      '',
    );
  });
});

describe('equations in plain text', () => {
  it('keep their LaTeX: inline within the line, a display equation on its own line', () => {
    expect(
      lessonPlainText(
        doc(paragraph(text('Energy '), math('E = mc^2', true)), math('a^2 + b^2', false)),
      ),
    ).toBe('Energy E = mc^2\na^2 + b^2');
  });
});
