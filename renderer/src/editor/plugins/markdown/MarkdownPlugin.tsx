/** Markdown-style typing shortcuts ("# ", "- ", "**bold**", …) with the lesson's transformer set. */
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { lessonMarkdownTransformers } from './transformers';

export function MarkdownPlugin() {
  return <MarkdownShortcutPlugin transformers={lessonMarkdownTransformers} />;
}
