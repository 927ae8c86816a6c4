/**
 * The video block's player: the asset's HLS ladder (or progressive file), poster and caption
 * tracks in a `<video>` with the studio's own controls underneath.
 */
import type { VideoChapter, VideoQuestion } from '../../../../../electron/shared/content';
import { captionFileName, mediaFileNames } from '../../../../../electron/shared/media-files';
import type { MediaAssetDetail } from '../../../../../electron/shared/model';
import { assetFileUrl } from '../../../api';
import { useT } from '../../../i18n/I18nProvider';
import { PlayerControls } from './PlayerControls';
import { useHlsSource } from './useHlsSource';
import { playOrPause } from './videoCommands';

interface VideoPlayerProps {
  asset: MediaAssetDetail;
  video: HTMLVideoElement | null;
  onVideo: (video: HTMLVideoElement | null) => void;
  chapters: VideoChapter[];
  questions: VideoQuestion[];
  title: string;
}

export function VideoPlayer({
  asset,
  video,
  onVideo,
  chapters,
  questions,
  title,
}: VideoPlayerProps) {
  const t = useT();
  const has = (name: string) => asset.files.some((file) => file.name === name);
  const file = has(mediaFileNames.video)
    ? mediaFileNames.video
    : has(mediaFileNames.audio)
      ? mediaFileNames.audio
      : null;
  const hls = has(mediaFileNames.master) ? assetFileUrl(asset.id, mediaFileNames.master) : null;
  useHlsSource(video, { hls, file: file ? assetFileUrl(asset.id, file) : null });
  const captions = asset.meta?.captions ?? [];
  const isAudio = asset.kind === 'audio';

  return (
    <div className={isAudio ? 'player is-audio' : 'player'} data-testid="video-player">
      <video
        ref={onVideo}
        className="player-video"
        // Electron serves media from studio-media:, another origin: captions need CORS.
        crossOrigin="anonymous"
        playsInline
        preload="metadata"
        poster={
          has(mediaFileNames.poster) ? assetFileUrl(asset.id, mediaFileNames.poster) : undefined
        }
        aria-label={title || asset.name || t('video.block')}
        onClick={() => video && playOrPause(video)}
        data-testid="video-element"
      >
        {/* No `default`: the controls' captions menu alone decides which track shows. */}
        {captions.map((track) => (
          <track
            key={track.lang}
            kind="captions"
            src={assetFileUrl(asset.id, captionFileName(track.lang))}
            srcLang={track.lang}
            label={track.label || track.lang}
          />
        ))}
      </video>
      <PlayerControls
        video={video}
        assetId={asset.id}
        hasThumbnails={has(mediaFileNames.thumbnails) && has(mediaFileNames.sprite)}
        captions={captions}
        chapters={chapters}
        questions={questions}
      />
    </div>
  );
}
