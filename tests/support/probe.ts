/** A probe result as ffprobe would give it for a 1080p30 lecture, for tests of pure planning. */
import type { MediaProbe, VideoInfo } from '../../electron/core/media/probe';

/** `video: null` makes it an audio file; other fields override the 1080p30 defaults. */
export function lectureProbe(video: Partial<VideoInfo> | null, durationSec = 60): MediaProbe {
  return {
    path: '/in/lecture; rm -rf ~.mp4',
    sizeBytes: 1,
    formatName: 'mov,mp4',
    durationSec,
    kind: video ? 'video' : 'audio',
    video: video
      ? {
          index: 0,
          codec: 'h264',
          width: 1920,
          height: 1080,
          rotation: 0,
          fps: 30,
          variableFrameRate: false,
          interlaced: false,
          sampleAspect: 1,
          hdr: null,
          ...video,
        }
      : null,
    audio: { index: 1, codec: 'aac', sampleRate: 44100, channels: 1 },
  };
}
