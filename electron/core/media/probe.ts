/**
 * What a file is, asked of ffprobe before anything is stored: a video or audio file we can
 * transcode, or a clear refusal (empty, not media, damaged, cut short, no streams).
 */
import { closeSync } from 'node:fs';
import { openRegularFile, readRegularFileHead } from '../regular-file';
import { basename } from 'node:path';
import { StudioError } from '../../shared/errors';
import { inputArgs, runTool } from './run-tool';
import { findMediaTools } from './tools';
import { looksLikeMediaContainer, looksLikeText } from './sniff';
import { refuseTruncated, scanDuration } from './probe-length';

export interface VideoInfo {
  /** Stream index in the file. */
  index: number;
  codec: string;
  /** Displayed size: square pixels, after rotation, rounded down to even numbers. */
  width: number;
  height: number;
  /** Clockwise degrees the player must turn the coded picture (0, 90, 180, 270). */
  rotation: number;
  /** Average frames per second. */
  fps: number;
  /** Frame timing varies (phones, screen recorders). */
  variableFrameRate: boolean;
  interlaced: boolean;
  /** Pixel aspect ratio; 1 for square pixels. */
  sampleAspect: number;
  /**
   * High dynamic range transfer: 'pq' (HDR10, Dolby Vision base layers, screen recorders)
   * or 'hlg' (phones record HLG by default). null for ordinary video.
   */
  hdr: 'pq' | 'hlg' | null;
}

export interface AudioInfo {
  index: number;
  codec: string;
  sampleRate: number;
  channels: number;
}

export interface MediaProbe {
  path: string;
  sizeBytes: number;
  formatName: string;
  durationSec: number;
  kind: 'video' | 'audio';
  video: VideoInfo | null;
  audio: AudioInfo | null;
}

interface FfprobeStream {
  index: number;
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  sample_aspect_ratio?: string;
  avg_frame_rate?: string;
  r_frame_rate?: string;
  field_order?: string;
  color_transfer?: string;
  sample_rate?: string;
  channels?: number;
  duration?: string;
  disposition?: { attached_pic?: number };
  tags?: Record<string, string>;
  side_data_list?: { rotation?: number }[];
}

interface FfprobeOutput {
  streams?: FfprobeStream[];
  format?: { format_name?: string; duration?: string };
}

const PROBE_TIMEOUT_MS = 60_000;
const IMAGE_FORMATS = /(^|,)(image2|\w+_pipe)(,|$)/;
const PLAYLIST_FORMATS = /(^|,)(hls|applehttp|concat|dash|sdp|rtsp|tee|ffmetadata)(,|$)/;

/** Probes a file for import; throws a StudioError naming what is wrong with it. */
export async function probeMedia(path: string, signal?: AbortSignal): Promise<MediaProbe> {
  const name = basename(path);
  const size = fileSize(path);
  const { ffprobe } = findMediaTools();
  const result = await runTool(
    ffprobe,
    ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', ...inputArgs(path)],
    { signal, timeoutMs: PROBE_TIMEOUT_MS },
  );
  if (result.code !== 0) throw unreadable(path, name, result.stderr);
  let output: FfprobeOutput;
  try {
    output = JSON.parse(result.stdout) as FfprobeOutput;
  } catch {
    throw unreadable(path, name, result.stderr);
  }
  const streams = output.streams ?? [];
  const formatName = output.format?.format_name ?? '';
  const videoStream = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic);
  const audioStream = streams.find((s) => s.codec_type === 'audio');
  if (!videoStream && !audioStream) {
    throw new StudioError('MEDIA_NO_STREAMS', `${name} has no video or audio in it.`, { path });
  }
  if (videoStream && !audioStream && IMAGE_FORMATS.test(formatName)) {
    throw new StudioError('MEDIA_NOT_VIDEO', `${name} is a still image; add it as an image.`, {
      path,
    });
  }
  if (PLAYLIST_FORMATS.test(formatName)) {
    // Playlists make ffmpeg open other files or URLs named inside an untrusted file.
    throw new StudioError('MEDIA_NOT_MEDIA', `${name} is a playlist, not a video or audio file.`, {
      path,
    });
  }
  const main = videoStream ?? audioStream!;
  let durationSec = positive(output.format?.duration) ?? positive(main.duration);
  if (durationSec === null) durationSec = await scanDuration(ffprobe, path, main.index, signal);
  if (durationSec === null || durationSec < 0.05) {
    throw new StudioError('MEDIA_EMPTY', `${name} has no playable length.`, { path });
  }
  await refuseTruncated(ffprobe, path, name, main.index, durationSec, formatName, signal);
  return {
    path,
    sizeBytes: size,
    formatName,
    durationSec,
    kind: videoStream ? 'video' : 'audio',
    video: videoStream ? videoInfo(videoStream) : null,
    audio: audioStream
      ? {
          index: audioStream.index,
          codec: audioStream.codec_name ?? '',
          sampleRate: Number(audioStream.sample_rate) || 0,
          channels: audioStream.channels ?? 0,
        }
      : null,
  };
}

function fileSize(path: string): number {
  // Checked on an open descriptor: ffprobe must never be pointed at a pipe that blocks.
  const { fd, size } = openRegularFile(path);
  closeSync(fd);
  if (size === 0) {
    throw new StudioError('MEDIA_EMPTY', `${basename(path)} is empty (0 bytes).`, { path });
  }
  return size;
}

/** ffprobe gave up: tell a damaged or cut-off recording from something that is not media. */
function unreadable(path: string, name: string, stderr: string): StudioError {
  const head = readHead(path);
  const reason = stderr.trim().split('\n').pop() ?? '';
  if (/moov atom not found/i.test(stderr) && looksLikeMediaContainer(head)) {
    return new StudioError(
      'MEDIA_TRUNCATED',
      `${name} is incomplete: the recording was probably interrupted before it was saved.`,
      { path, reason },
    );
  }
  if (looksLikeMediaContainer(head)) {
    return new StudioError('MEDIA_CORRUPT', `${name} is damaged and cannot be read.`, {
      path,
      reason,
    });
  }
  const what = looksLikeText(head) ? 'a text file' : 'not a video or audio file';
  return new StudioError('MEDIA_NOT_MEDIA', `${name} is ${what}.`, { path, reason });
}

function readHead(path: string): Buffer {
  return readRegularFileHead(path, 512);
}

function videoInfo(stream: FfprobeStream): VideoInfo {
  const rotation = rotationOf(stream);
  const sampleAspect = ratio(stream.sample_aspect_ratio) ?? 1;
  const codedWidth = stream.width ?? 0;
  const codedHeight = stream.height ?? 0;
  const squareWidth = sampleAspect > 0 ? codedWidth * sampleAspect : codedWidth;
  const [width, height] =
    rotation % 180 === 90 ? [codedHeight, squareWidth] : [squareWidth, codedHeight];
  const average = ratio(stream.avg_frame_rate);
  const real = ratio(stream.r_frame_rate);
  const fps = average ?? real ?? 30;
  return {
    index: stream.index,
    codec: stream.codec_name ?? '',
    width: even(width),
    height: even(height),
    rotation,
    fps,
    variableFrameRate:
      average !== null && real !== null && Math.abs(real - average) / average > 0.01,
    interlaced: ['tt', 'bb', 'tb', 'bt'].includes(stream.field_order ?? ''),
    sampleAspect: sampleAspect > 0 ? sampleAspect : 1,
    hdr:
      stream.color_transfer === 'smpte2084'
        ? 'pq'
        : stream.color_transfer === 'arib-std-b67'
          ? 'hlg'
          : null,
  };
}

/** The display matrix (current files) or the older `rotate` tag, as clockwise degrees. */
function rotationOf(stream: FfprobeStream): number {
  const fromMatrix = stream.side_data_list?.find((d) => typeof d.rotation === 'number')?.rotation;
  // The matrix gives counter-clockwise degrees, the tag clockwise ones.
  const clockwise = fromMatrix !== undefined ? -fromMatrix : Number(stream.tags?.rotate ?? 0);
  const normalised = (((Math.round(clockwise / 90) * 90) % 360) + 360) % 360;
  return Number.isFinite(normalised) ? normalised : 0;
}

function ratio(text: string | undefined): number | null {
  if (!text) return null;
  const [num, den = '1'] = text.split(/[/:]/);
  const value = Number(num) / Number(den);
  return Number.isFinite(value) && value > 0 ? value : null;
}

function positive(text: string | undefined): number | null {
  const value = Number(text);
  return text !== undefined && Number.isFinite(value) && value > 0 ? value : null;
}

function even(value: number): number {
  return Math.max(2, Math.floor(value / 2) * 2);
}
