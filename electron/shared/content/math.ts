/**
 * Equations: LaTeX typeset by KaTeX when the lesson is rendered (export and preview), so a
 * package carries finished HTML + MathML and needs no script to show it. KaTeX rather than
 * MathJax because KaTeX's `renderToString` is synchronous and needs no DOM, so it runs inside
 * this DOM-free renderer, and its `htmlAndMathml` output gives screen readers MathML next to
 * the visual HTML; MathJax typesets in the learner's browser with a runtime script, which
 * Moodle and Open edX strip.
 */
import katex from 'katex';
import { escapeHtml } from './escape';
import { stringField, type NodeRecord } from './read';

/** `htmlAndMathml` needs KaTeX's stylesheet beside it; `mathml` alone is for pages without it. */
export type MathOutput = 'htmlAndMathml' | 'mathml';

/** LaTeX longer than this is refused rather than typeset: a runaway paste, not an equation. */
export const maxLatexLength = 10_000;

export interface MathBlock {
  latex: string;
  /** Inside a line of text (true) or an equation on its own line (false). */
  inline: boolean;
}

/** The equation a serialized math node holds, or null when it is not one. */
export function readMath(node: NodeRecord): MathBlock | null {
  if (node.type !== 'math') return null;
  const latex = stringField(node, 'latex');
  if (latex === null) return null;
  return { latex, inline: node.inline === true };
}

/**
 * KaTeX's markup for `latex`. Invalid LaTeX becomes a visible error message (KaTeX's own, or
 * ours when KaTeX gives up entirely); this never throws, so one bad equation cannot stop an
 * export. `trust: false` keeps \href, \url and \includegraphics out of the output.
 */
export function renderLatex(latex: string, displayMode: boolean, output: MathOutput): string {
  if (latex.length > maxLatexLength) return mathError(latex, 'Equation too long');
  try {
    return katex.renderToString(latex, {
      displayMode,
      output,
      throwOnError: false,
      trust: false,
      strict: 'ignore',
      maxSize: 100,
      maxExpand: 1000,
    });
  } catch (error) {
    return mathError(latex, error instanceof Error ? error.message : String(error));
  }
}

function mathError(latex: string, message: string): string {
  return `<span class="katex-error" title="${escapeHtml(message)}">${escapeHtml(latex)}</span>`;
}

/** A math node as HTML: a span inside text, a centred block for a display equation. */
export function renderMathNode(math: MathBlock, output: MathOutput): string {
  if (math.latex.trim() === '') return '';
  const html = renderLatex(math.latex, !math.inline, output);
  return math.inline
    ? `<span class="cs-math">${html}</span>`
    : `<div class="cs-math-block">${html}</div>`;
}

/** Whether rendered lesson HTML holds KaTeX's visual markup, which needs KaTeX's stylesheet. */
export function usesKatexStylesheet(html: string): boolean {
  return html.includes('class="katex-html"');
}
