/**
 * Keeps text to the formats a lesson supports, whatever route it came in by (paste, drop,
 * a document from an older version): inline CSS is cleared and formats other than bold,
 * italic, underline, strikethrough, code, subscript and superscript are removed (science
 * needs H₂O and x²; the export renders them as <sub> and <sup>). Exports never render `style`
 * either, so this keeps what the author sees equal to what learners get.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { ParagraphNode, TextNode } from 'lexical';
import { useEffect } from 'react';

// bold 1 | italic 2 | strikethrough 4 | underline 8 | code 16 | subscript 32 | superscript 64
const LESSON_TEXT_FORMATS = 0b1111111;

export function TextHygienePlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(TextNode, (node) => {
          if (node.getStyle() !== '') node.setStyle('');
          const format = node.getFormat();
          if ((format & ~LESSON_TEXT_FORMATS) !== 0) node.setFormat(format & LESSON_TEXT_FORMATS);
        }),
        editor.registerNodeTransform(ParagraphNode, (node) => {
          if (node.getTextStyle() !== '') node.setTextStyle('');
        }),
      ),
    [editor],
  );

  return null;
}
