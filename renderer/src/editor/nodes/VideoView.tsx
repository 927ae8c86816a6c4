/**
 * How a VideoNode looks in the editor: the asset's import progress or its player, the title
 * learners see, the chapters and the in-video questions.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { type NodeKey, SKIP_DOM_SELECTION_TAG } from 'lexical';
import { useState } from 'react';
import type { VideoQuestion } from '../../../../electron/shared/content';
import { useT } from '../../i18n/I18nProvider';
import { errorText } from '../../i18n/errorText';
import { formatClockTime, formatResolution } from '../../media/formatMedia';
import { useMediaAsset } from '../../media/useMediaAsset';
import { BlockFrame } from './BlockFrame';
import { fieldHistoryTag, lessonHistoryAttribute } from './fieldHistory';
import { useNodeDraft } from './useNodeDraft';
import { ChapterEditor } from './video/ChapterEditor';
import type { VideoBlockData } from './video/videoData';
import { VideoImportStatus } from './video/VideoImportStatus';
import { VideoPlayer } from './video/VideoPlayer';
import { VideoQuestions } from './video/VideoQuestions';

interface VideoViewProps {
  nodeKey: NodeKey;
  data: VideoBlockData;
  /** Merges `patch` into the node's data, inside editor.update (passed in: the view never imports its node). */
  $patchData(patch: Partial<VideoBlockData>): void;
}

export default function VideoView({ nodeKey, data, $patchData }: VideoViewProps) {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const t = useT();
  const state = useMediaAsset(data.assetId);
  const [video, setVideo] = useState<HTMLVideoElement | null>(null);

  const update = (patch: Partial<VideoBlockData>) =>
    // The caret stays in the block's field: Lexical must not move it into the text.
    editor.update(() => $patchData(patch), { tag: [SKIP_DOM_SELECTION_TAG, fieldHistoryTag()] });
  const [title, setTitle] = useNodeDraft(data.title, (next: string) => update({ title: next }));

  const asset = state.status === 'ready' ? state.asset : null;
  const meta = asset?.meta ?? null;
  const label = asset?.kind === 'audio' ? t('video.audioBlock') : t('video.block');
  const facts = meta
    ? [formatClockTime(meta.durationSec), formatResolution(meta)].filter(Boolean).join(' · ')
    : '';
  const chapters = data.chapters ?? meta?.chapters ?? [];

  return (
    <BlockFrame
      nodeKey={nodeKey}
      kind="video"
      label={label}
      headerExtra={
        asset && (
          <span className="block-meta" data-testid="video-asset-name">
            {asset.name}
            {facts && <span className="muted"> · {facts}</span>}
          </span>
        )
      }
      testId="video-block"
    >
      {state.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {state.status === 'missing' && (
        <p className="import-status is-failed" role="alert" data-testid="video-missing">
          {t('video.missing')}
        </p>
      )}
      {state.status === 'failed' && (
        <p className="import-status is-failed" role="alert">
          {errorText(t, state.error)}
        </p>
      )}
      {asset && asset.state !== 'ready' && <VideoImportStatus asset={asset} />}
      {asset && meta && (
        <VideoPlayer
          // A replaced video keeps its URLs: start a fresh player once the new media is in.
          key={`${asset.jobId ?? ''}-${asset.state}`}
          asset={asset}
          video={video}
          onVideo={setVideo}
          chapters={chapters}
          questions={data.questions}
          title={data.title}
        />
      )}
      <label className="field video-title-field" {...{ [lessonHistoryAttribute]: '' }}>
        <span className="field-label">{t('video.title')}</span>
        <input
          className="input"
          value={title}
          maxLength={300}
          placeholder={t('video.titlePlaceholder')}
          disabled={!editable}
          onChange={(event) => setTitle(event.target.value)}
          data-testid="video-title"
        />
      </label>
      {asset && meta && (
        <div className="video-extras">
          <section aria-label={t('chapters.title')}>
            <h4 className="video-section-title">{t('chapters.title')}</h4>
            <ChapterEditor
              assetId={asset.id}
              chapters={chapters}
              overridden={data.chapters !== undefined}
              durationSec={meta.durationSec}
              video={video}
              editable={editable}
              onUseAssetChapters={() => update({ chapters: undefined })}
              suggestions={meta.chapterSuggestions ?? []}
            />
          </section>
          <section aria-label={t('videoQuestions.title')}>
            <h4 className="video-section-title">{t('videoQuestions.title')}</h4>
            <VideoQuestions
              questions={data.questions}
              onChange={(questions: VideoQuestion[]) => update({ questions })}
              video={video}
              durationSec={meta.durationSec}
              editable={editable}
            />
          </section>
        </div>
      )}
    </BlockFrame>
  );
}
