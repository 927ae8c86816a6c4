/** Small builders for serialized lesson nodes, shaped as Lexical writes them. */
import type { LessonDocument, SerializedNode } from '../../../electron/shared/model';

export function doc(...children: SerializedNode[]): LessonDocument {
  return {
    root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children },
  };
}

export function text(value: string, format = 0): SerializedNode {
  return { type: 'text', version: 1, detail: 0, format, mode: 'normal', style: '', text: value };
}

export function paragraph(...children: SerializedNode[]): SerializedNode {
  return {
    type: 'paragraph',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children,
  };
}

export function element(
  type: string,
  fields: Record<string, unknown>,
  ...children: SerializedNode[]
): SerializedNode {
  return { type, version: 1, direction: 'ltr', format: '', indent: 0, ...fields, children };
}

export function link(url: string, ...children: SerializedNode[]): SerializedNode {
  return element('link', { url, rel: null, target: null, title: null }, ...children);
}

export function listItem(fields: Record<string, unknown>, ...children: SerializedNode[]) {
  return element('listitem', { value: 1, ...fields }, ...children);
}

export function list(
  listType: 'bullet' | 'number' | 'check',
  ...items: SerializedNode[]
): SerializedNode {
  return element(
    'list',
    { listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul' },
    ...items,
  );
}

export function cell(headerState: number, ...children: SerializedNode[]): SerializedNode {
  return element('tablecell', { headerState, colSpan: 1, rowSpan: 1 }, ...children);
}

export const linebreak: SerializedNode = { type: 'linebreak', version: 1 };
export const tab: SerializedNode = {
  type: 'tab',
  version: 1,
  detail: 2,
  format: 0,
  mode: 'normal',
  style: '',
  text: '\t',
};

/** Wraps `leaf` in `levels` unknown container nodes, built iteratively. */
export function nested(levels: number, leaf: SerializedNode): SerializedNode {
  let node = leaf;
  for (let level = 0; level < levels; level++) node = { type: 'callout', children: [node] };
  return node;
}

export const assetUrl = (assetId: string) => `asset://course/${assetId}`;
