/**
 * Controls under the block's video: play / pause, the scrub bar, time, captions, speed
 * (0.75-2×) and full screen. Each is a native control or a labelled slider, so the player is
 * usable from the keyboard.
 */
import { useEffect, useState } from 'react';
import type { VideoChapter, VideoQuestion } from '../../../../../electron/shared/content';
import type { CaptionTrack } from '../../../../../electron/shared/model';
import { useT } from '../../../i18n/I18nProvider';
import { formatClockTime } from '../../../media/formatMedia';
import { playerIcons } from './playerIcons';
import { ScrubBar, type ScrubMark } from './ScrubBar';
import { useThumbnails } from './thumbnails';
import { useVideoState } from './useVideoState';
import { playOrPause, seekTo, setSpeed, showCaptions } from './videoCommands';

export const playbackSpeeds = [0.75, 1, 1.25, 1.5, 1.75, 2];

interface PlayerControlsProps {
  video: HTMLVideoElement | null;
  assetId: string;
  hasThumbnails: boolean;
  captions: CaptionTrack[];
  chapters: VideoChapter[];
  questions: VideoQuestion[];
}

export function PlayerControls(props: PlayerControlsProps) {
  const { video, assetId, hasThumbnails, captions, chapters, questions } = props;
  const t = useT();
  const state = useVideoState(video);
  const thumbnails = useThumbnails(assetId, hasThumbnails);
  const [captionLang, setCaptionLang] = useState(captions[0]?.lang ?? '');
  const marks: ScrubMark[] = [
    ...chapters.map((chapter) => ({
      time: chapter.time,
      kind: 'chapter' as const,
      label: chapter.title,
    })),
    ...questions.map((question) => ({
      time: question.time,
      kind: 'question' as const,
      label: question.quiz.prompt,
    })),
  ];

  // What the menu shows is what plays: the video's tracks follow it, also when captions are
  // added or removed later (a new <track> would otherwise turn itself on beside the chosen one,
  // or show while the menu says "Captions off").
  const shownLang = captions.some((track) => track.lang === captionLang) ? captionLang : '';
  useEffect(() => {
    if (!video) return;
    const apply = () => showCaptions(video, shownLang);
    apply();
    video.textTracks.addEventListener('addtrack', apply);
    video.textTracks.addEventListener('change', apply);
    return () => {
      video.textTracks.removeEventListener('addtrack', apply);
      video.textTracks.removeEventListener('change', apply);
    };
  }, [video, shownLang, captions]);

  const chooseCaptions = (lang: string) => setCaptionLang(lang);

  return (
    <div className="player-controls">
      <button
        type="button"
        className="player-button"
        aria-label={state.paused ? t('video.play') : t('video.pause')}
        title={state.paused ? t('video.play') : t('video.pause')}
        onClick={() => video && playOrPause(video)}
        disabled={!video}
        data-testid="video-play"
      >
        {state.paused ? playerIcons.play : playerIcons.pause}
      </button>
      <ScrubBar
        time={state.time}
        duration={state.duration}
        marks={marks}
        thumbnails={thumbnails}
        onSeek={(time) => video && seekTo(video, time)}
      />
      <span className="player-time" aria-hidden="true">
        {formatClockTime(state.time)} / {formatClockTime(state.duration)}
      </span>
      {captions.length > 0 && (
        <select
          className="player-select"
          aria-label={t('video.captions')}
          title={t('video.captions')}
          value={shownLang}
          onChange={(event) => chooseCaptions(event.target.value)}
          data-testid="video-captions"
        >
          <option value="">{t('video.captionsOff')}</option>
          {captions.map((track) => (
            <option key={track.lang} value={track.lang}>
              {track.label || track.lang}
            </option>
          ))}
        </select>
      )}
      <select
        className="player-select"
        aria-label={t('video.speed')}
        title={t('video.speed')}
        value={String(state.rate)}
        onChange={(event) => video && setSpeed(video, Number(event.target.value))}
        data-testid="video-speed"
      >
        {playbackSpeeds.map((speed) => (
          <option key={speed} value={String(speed)}>
            {speed === 1 ? t('video.normalSpeed') : `${speed}×`}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="player-button"
        aria-label={t('video.fullscreen')}
        title={t('video.fullscreen')}
        onClick={() => void video?.parentElement?.requestFullscreen().catch(() => undefined)}
        disabled={!video}
      >
        {playerIcons.fullscreen}
      </button>
    </div>
  );
}
