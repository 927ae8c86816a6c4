/** A lesson's text without markup, for word counts and search. */
import type { LessonDocument } from '../model';
import { maxLessonDepth } from './nodes';
import { childNodes, documentRoot, stringField, type NodeRecord } from './read';

// Blocks whose text forms lines of its own. Containers (root, list, table, row) are not here:
// an empty list adds no line, while an empty paragraph is a blank line the author typed.
const lineBlockTypes = new Set(['paragraph', 'heading', 'quote', 'code', 'listitem', 'tablecell']);

// Block-level leaves with no text that still end the line before them.
const separatorTypes = new Set(['horizontalrule', 'image', 'video', 'quiz']);

class PlainTextWriter {
  readonly lines: string[] = [];
  private line = '';

  append(text: string): void {
    this.line += text;
  }

  /** Ends the current line if it has text. */
  flush(): void {
    if (this.line !== '') this.lines.push(this.line);
    this.line = '';
  }

  /** Ends a block: its line is kept even when empty, unless the block already wrote lines. */
  endBlock(linesBefore: number): void {
    if (this.line !== '' || this.lines.length === linesBefore) this.lines.push(this.line);
    this.line = '';
  }
}

/** The document's text, one line per paragraph, heading, list item or table cell. */
export function lessonPlainText(doc: LessonDocument): string {
  const root = documentRoot(doc);
  if (!root) return '';
  const writer = new PlainTextWriter();
  writeChildren(root, 0, writer);
  writer.flush();
  return writer.lines.join('\n');
}

function writeChildren(node: NodeRecord, depth: number, writer: PlainTextWriter): void {
  if (depth >= maxLessonDepth) return;
  for (const child of childNodes(node)) writeNode(child, depth + 1, writer);
}

function writeNode(node: NodeRecord, depth: number, writer: PlainTextWriter): void {
  switch (node.type) {
    case 'text':
    case 'code-highlight':
      writer.append(stringField(node, 'text') ?? '');
      return;
    case 'tab':
      writer.append('\t');
      return;
    case 'linebreak':
      writer.append('\n');
      return;
    case 'math': {
      // The LaTeX source is what an author searches for; an equation block is a line of its own.
      const latex = stringField(node, 'latex');
      if (latex === null) return;
      if (node.inline === true) writer.append(latex);
      else {
        writer.flush();
        if (latex !== '') writer.lines.push(latex);
      }
      return;
    }
  }
  if (separatorTypes.has(node.type)) {
    writer.flush();
  } else if (lineBlockTypes.has(node.type)) {
    writer.flush();
    const linesBefore = writer.lines.length;
    writeChildren(node, depth, writer);
    writer.endBlock(linesBefore);
  } else {
    writeChildren(node, depth, writer);
  }
}
