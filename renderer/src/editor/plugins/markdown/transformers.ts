/**
 * Markdown shortcuts limited to what a lesson can hold: headings 1-3 (the toolbar offers no
 * more), lists, quotes, code and the basic text formats. Highlight and links are left out:
 * highlight is not a lesson format, and links must go through URL validation (Ctrl+K).
 * Equations as in LaTeX documents: "$x^2$" inline, "$$" on an empty line for a block.
 */
import {
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  CHECK_LIST,
  CODE,
  HEADING,
  INLINE_CODE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  ORDERED_LIST,
  QUOTE,
  STRIKETHROUGH,
  UNORDERED_LIST,
  type ElementTransformer,
  type TextMatchTransformer,
  type Transformer,
} from '@lexical/markdown';
import { $createParagraphNode, $isElementNode } from 'lexical';
import { $createMathNode, $isMathNode, MathNode } from '../../nodes/MathNode';
import {
  $createHorizontalRuleNode,
  $isHorizontalRuleNode,
  HorizontalRuleNode,
} from '@lexical/react/LexicalHorizontalRuleNode';

const HEADING_1_TO_3: ElementTransformer = { ...HEADING, regExp: /^(#{1,3})\s/ };

const HORIZONTAL_RULE: ElementTransformer = {
  type: 'element',
  dependencies: [HorizontalRuleNode],
  export: (node) => ($isHorizontalRuleNode(node) ? '***' : null),
  regExp: /^(---|\*\*\*|___)\s?$/,
  replace: (parentNode, _children, _match, isImport) => {
    const rule = $createHorizontalRuleNode();
    if (isImport || parentNode.getNextSibling() !== null) parentNode.replace(rule);
    else parentNode.insertBefore(rule);
    rule.selectNext();
  },
};

/**
 * "$E=mc^2$" becomes an inline equation. The LaTeX may neither start nor end with a space, so
 * prices ("costs $5 and $10") stay text.
 */
const INLINE_MATH: TextMatchTransformer = {
  type: 'text-match',
  dependencies: [MathNode],
  importRegExp: /\$([^$\s](?:[^$]*[^$\s])?)\$/,
  regExp: /\$([^$\s](?:[^$]*[^$\s])?)\$$/,
  trigger: '$',
  replace: (textNode, match) => {
    const math = $createMathNode(match[1] ?? '', true);
    textNode.replace(math);
    math.selectNext(0, 0);
  },
  export: (node) => ($isMathNode(node) && node.isInline() ? `$${node.getLatex()}$` : null),
};

/** "$$" and a space on an empty line: an equation block, open for typing its LaTeX. */
const MATH_BLOCK: ElementTransformer = {
  type: 'element',
  dependencies: [MathNode],
  export: (node) => ($isMathNode(node) && !node.isInline() ? `$$${node.getLatex()}$$` : null),
  regExp: /^\$\$\s$/,
  replace: (parentNode) => {
    const math = $createMathNode('', false);
    parentNode.replace(math);
    // The caret was in the text just replaced: it waits in the line after, where the
    // equation's editor returns it.
    let after = math.getNextSibling();
    if (!$isElementNode(after)) {
      after = $createParagraphNode();
      math.insertAfter(after);
    }
    after.selectStart();
  },
};

export const lessonMarkdownTransformers: Transformer[] = [
  HEADING_1_TO_3,
  QUOTE,
  CODE,
  UNORDERED_LIST,
  ORDERED_LIST,
  CHECK_LIST,
  HORIZONTAL_RULE,
  MATH_BLOCK,
  INLINE_CODE,
  INLINE_MATH,
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  STRIKETHROUGH,
];
