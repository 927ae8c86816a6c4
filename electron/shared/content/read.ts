/**
 * Defensive readers for serialized nodes. A document is untrusted JSON: any field may be
 * missing or of the wrong type, so the renderers read through these and never index blindly.
 */

/** A node-shaped value: a plain object whose `type` is a string. */
export type NodeRecord = Record<string, unknown> & { type: string };

export function asNode(value: unknown): NodeRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const type = (value as Record<string, unknown>).type;
  return typeof type === 'string' ? (value as NodeRecord) : null;
}

/** The node's children that are themselves nodes; anything else in the array is skipped. */
export function childNodes(node: NodeRecord): NodeRecord[] {
  const children = node.children;
  if (!Array.isArray(children)) return [];
  const nodes: NodeRecord[] = [];
  for (const child of children) {
    const childNode = asNode(child);
    if (childNode) nodes.push(childNode);
  }
  return nodes;
}

export function stringField(node: NodeRecord, key: string): string | null {
  const value = node[key];
  return typeof value === 'string' ? value : null;
}

/** A whole number within `min..max`, or null when absent, fractional or out of range. */
export function integerField(
  node: NodeRecord,
  key: string,
  min: number,
  max: number,
): number | null {
  const value = node[key];
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : null;
}

/** The document's root node, or null when the value is not shaped like a document. */
export function documentRoot(doc: unknown): NodeRecord | null {
  if (typeof doc !== 'object' || doc === null) return null;
  return asNode((doc as Record<string, unknown>).root);
}
