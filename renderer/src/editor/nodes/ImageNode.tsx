/**
 * An image stored in the course's assets. The node holds only the asset id, alt text and the
 * intrinsic size; the bytes are served by the host (assetUrl), so lesson JSON stays small and
 * an image used twice is stored once. Serialized as the shared `SerializedImageNode`
 * (electron/shared/content/nodes.ts); the types are the same declaration.
 */
import { BlockNode } from './BlockNode';
import {
  $applyNodeReplacement,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
  $getNodeByKey,
} from 'lexical';
import { lazy, Suspense, type JSX } from 'react';
import type { SerializedImageNode } from '../../../../electron/shared/content';
import { assetUrl } from '../../api';

const ImageView = lazy(() => import('./ImageView'));

export interface ImagePayload {
  assetId: string;
  altText: string;
  width?: number;
  height?: number;
}

export class ImageNode extends BlockNode {
  __assetId: string;
  __altText: string;
  __width: number | undefined;
  __height: number | undefined;

  static override getType(): string {
    return 'image';
  }

  static override clone(node: ImageNode): ImageNode {
    return new ImageNode(
      {
        assetId: node.__assetId,
        altText: node.__altText,
        width: node.__width,
        height: node.__height,
      },
      node.__key,
    );
  }

  /** Read defensively all the same: a stored document may come from an older version. */
  static override importJSON(json: SerializedImageNode): ImageNode {
    return $createImageNode({
      assetId: typeof json.assetId === 'string' ? json.assetId : '',
      altText: typeof json.altText === 'string' ? json.altText : '',
      width: positiveNumber(json.width),
      height: positiveNumber(json.height),
    });
  }

  constructor(payload: ImagePayload, key?: NodeKey) {
    super(key);
    this.__assetId = payload.assetId;
    this.__altText = payload.altText;
    this.__width = payload.width;
    this.__height = payload.height;
  }

  override exportJSON(): SerializedImageNode {
    const json: SerializedImageNode = {
      type: 'image',
      version: 1,
      assetId: this.__assetId,
      altText: this.__altText,
    };
    if (this.__width !== undefined) json.width = this.__width;
    if (this.__height !== undefined) json.height = this.__height;
    return json;
  }

  override exportDOM(): DOMExportOutput {
    const image = document.createElement('img');
    image.src = assetUrl(this.__assetId);
    image.alt = this.__altText;
    if (this.__width !== undefined) image.width = this.__width;
    if (this.__height !== undefined) image.height = this.__height;
    return { element: image };
  }

  getAltText(): string {
    return this.getLatest().__altText;
  }

  setAltText(altText: string): void {
    this.getWritable().__altText = altText;
  }

  override decorate(): JSX.Element {
    return (
      <Suspense fallback={null}>
        <ImageView
          nodeKey={this.getKey()}
          $setAltText={(altText) => {
            const node = $getNodeByKey(this.getKey());
            if ($isImageNode(node)) node.setAltText(altText);
          }}
          assetId={this.__assetId}
          altText={this.__altText}
          width={this.__width}
          height={this.__height}
        />
      </Suspense>
    );
  }
}

function positiveNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0
    ? Math.round(value)
    : undefined;
}

export function $createImageNode(payload: ImagePayload): ImageNode {
  return $applyNodeReplacement(new ImageNode(payload));
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
