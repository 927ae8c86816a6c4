/**
 * A video (or audio) asset placed in a lesson. The node holds the asset id, a title, its own
 * chapters if it overrides the asset's, and in-video questions; the media itself is served by
 * the host. Serialized as the shared `SerializedVideoNode` (electron/shared/content/nodes.ts);
 * the types are the same declaration.
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
import type { SerializedVideoNode } from '../../../../electron/shared/content';
import { mediaFileNames } from '../../../../electron/shared/media-files';
import { assetFileUrl } from '../../api';
import { exportVideoBlockData, readVideoBlockData, type VideoBlockData } from './video/videoData';

const VideoView = lazy(() => import('./VideoView'));

export class VideoNode extends BlockNode {
  __data: VideoBlockData;

  static override getType(): string {
    return 'video';
  }

  static override clone(node: VideoNode): VideoNode {
    return new VideoNode(node.__data, node.__key);
  }

  /** Read defensively all the same: a stored document may come from an older version. */
  static override importJSON(json: SerializedVideoNode): VideoNode {
    return $createVideoNode(readVideoBlockData(json));
  }

  constructor(data: VideoBlockData, key?: NodeKey) {
    super(key);
    this.__data = data;
  }

  override exportJSON(): SerializedVideoNode {
    return { type: 'video', version: 1, ...exportVideoBlockData(this.__data) };
  }

  /** Copied as HTML: the progressive MP4 with its poster, which any editor can show. */
  override exportDOM(): DOMExportOutput {
    const video = document.createElement('video');
    video.controls = true;
    video.src = assetFileUrl(this.__data.assetId, mediaFileNames.video);
    video.poster = assetFileUrl(this.__data.assetId, mediaFileNames.poster);
    if (this.__data.title) video.title = this.__data.title;
    return { element: video };
  }

  getData(): VideoBlockData {
    return this.getLatest().__data;
  }

  setData(data: VideoBlockData): void {
    this.getWritable().__data = data;
  }

  override decorate(): JSX.Element {
    return (
      <Suspense fallback={null}>
        <VideoView
          nodeKey={this.getKey()}
          data={this.__data}
          $patchData={(patch) => {
            const node = $getNodeByKey(this.getKey());
            if ($isVideoNode(node)) node.setData({ ...node.getData(), ...patch });
          }}
        />
      </Suspense>
    );
  }
}

export function $createVideoNode(
  data: Pick<VideoBlockData, 'assetId'> & Partial<VideoBlockData>,
): VideoNode {
  return $applyNodeReplacement(
    new VideoNode({ title: '', chapters: undefined, questions: [], ...data }),
  );
}

export function $isVideoNode(node: LexicalNode | null | undefined): node is VideoNode {
  return node instanceof VideoNode;
}
