/**
 * Lesson documents from a newer Course Studio, or damaged ones, can hold node types this editor
 * does not register. Lexical would drop everything from the first such node on (error #17) and
 * the next keystroke would save the cut-short lesson. Instead, each top-level block holding an
 * unknown type is carried whole inside an `unknown-block` placeholder, and put back verbatim
 * when the document is serialized for saving.
 */
import type { LessonDocument } from '../../../../../electron/shared/model';

export const UNKNOWN_BLOCK = 'unknown-block';

/** The placeholder's serialized form: the original block, untouched. */
export interface SerializedUnknownBlock {
  type: typeof UNKNOWN_BLOCK;
  version: 1;
  original: Record<string, unknown>;
  [key: string]: unknown;
}

/** Deeper than this, a document is treated as damaged rather than walked further. */
const MAX_DEPTH = 200;

/**
 * Wraps every top-level block that holds an unknown type; returns the document to load and the
 * unknown types found (empty when the document is entirely known).
 */
export function wrapUnknownBlocks(
  doc: LessonDocument,
  isKnown: (type: string) => boolean,
): { doc: LessonDocument; unknownTypes: string[] } {
  const unknown = new Set<string>();
  const children = doc.root.children.map((block) => {
    const found = new Set<string>();
    collectUnknown(block, isKnown, found, 0);
    if (found.size === 0) return block;
    for (const type of found) unknown.add(type);
    const wrapped: SerializedUnknownBlock = {
      type: UNKNOWN_BLOCK,
      version: 1,
      original: block as Record<string, unknown>,
    };
    return wrapped;
  });
  if (unknown.size === 0) return { doc, unknownTypes: [] };
  return { doc: { ...doc, root: { ...doc.root, children } }, unknownTypes: [...unknown].sort() };
}

/** Puts every placeholder's original block back in place of the placeholder. */
export function unwrapUnknownBlocks(doc: LessonDocument): LessonDocument {
  const children = doc.root.children.map((block) => {
    const record = block as unknown as Partial<SerializedUnknownBlock>;
    return record.type === UNKNOWN_BLOCK && record.original ? record.original : block;
  });
  return { ...doc, root: { ...doc.root, children } } as LessonDocument;
}

function collectUnknown(
  node: unknown,
  isKnown: (type: string) => boolean,
  found: Set<string>,
  depth: number,
): void {
  if (typeof node !== 'object' || node === null) {
    found.add(String(node));
    return;
  }
  if (depth > MAX_DEPTH) {
    found.add('…');
    return;
  }
  const record = node as Record<string, unknown>;
  const type = typeof record.type === 'string' ? record.type : '';
  // A placeholder inside a document means it was saved wrapped: it too is kept as it is.
  if (!isKnown(type) || type === UNKNOWN_BLOCK) found.add(type || '?');
  if (Array.isArray(record.children)) {
    for (const child of record.children) collectUnknown(child, isKnown, found, depth + 1);
  }
}
