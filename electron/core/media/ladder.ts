/**
 * The transcode ladder: from a probe and the user's choices, the plan (rungs, frame rate,
 * thumbnails) and the ffmpeg argument array for ONE process that decodes the source once and
 * writes every output through a split filter graph: HLS fMP4 rungs with a master playlist,
 * the progressive MP4, the poster and the thumbnail sprite.
 */
import type { MediaQuality } from '../../shared/model';
import { mediaFileNames } from '../../shared/media-files';
import type { MediaProbe } from './probe';
import { inputArgs } from './run-tool';
import { THUMBNAIL_FRAMES, thumbnailGrid, type ThumbnailGrid } from './thumbnails';
import {
  GOP_SECONDS,
  LADDER_RUNGS,
  MP4_RUNG,
  maxrateKbps,
  outputFrameRate,
  QUALITY_PRESETS,
  SEGMENT_SECONDS,
  SLIDES,
} from './presets';

export interface Rendition {
  /** The short side: the `<rung>p` of `hls/<rung>p/`. */
  rung: number;
  width: number;
  height: number;
  maxrateKbps: number;
}

export interface LadderPlan {
  kind: 'video' | 'audio';
  quality: MediaQuality;
  tuning: 'video' | 'slides';
  loudnorm: boolean;
  durationSec: number;
  fps: number;
  fpsText: string;
  gop: number;
  renditions: Rendition[];
  mp4: Rendition | null;
  posterTimeSec: number;
  thumbnails: ThumbnailGrid | null;
  audioKbps: number;
  /** HDR source turned into ordinary (SDR, BT.709) video; null when there is nothing to map. */
  toneMap: 'pq' | 'hlg' | null;
}

export interface LadderOptions {
  quality: MediaQuality;
  tuning: 'video' | 'slides';
  loudnorm: boolean;
  /** This ffmpeg can tone-map (tool-limits.ts); without it HDR only loses bit depth. */
  toneMapping?: boolean;
}

/** Decides what to make from a source. */
export function planLadder(probe: MediaProbe, options: LadderOptions): LadderPlan {
  const preset = QUALITY_PRESETS[options.quality];
  const slides = options.tuning === 'slides';
  const base = {
    quality: options.quality,
    tuning: options.tuning,
    loudnorm: options.loudnorm,
    durationSec: probe.durationSec,
    audioKbps: preset.audioKbps,
  };
  const video = probe.video;
  if (!video) {
    return {
      ...base,
      kind: 'audio',
      fps: 0,
      fpsText: '0',
      gop: 0,
      renditions: [],
      mp4: null,
      posterTimeSec: 0,
      thumbnails: null,
      toneMap: null,
    };
  }
  const factor = preset.rateFactor * (slides ? SLIDES.rateFactor : 1);
  const shortSide = Math.min(video.width, video.height);
  const standard = LADDER_RUNGS.filter((rung) => rung <= shortSide);
  // A source smaller than the lowest rung gets one rung at its own size.
  const rungs = standard.length > 0 ? standard : [shortSide];
  const rendition = (rung: number): Rendition => {
    const [width, height] = sizeAt(video.width, video.height, rung);
    return { rung, width, height, maxrateKbps: maxrateKbps(rung, factor) };
  };
  const renditions = rungs.map(rendition);
  const mp4 = rendition(Math.min(MP4_RUNG, rungs[rungs.length - 1]!));
  const rate = outputFrameRate(video.fps, slides);
  return {
    ...base,
    kind: 'video',
    fps: rate.fps,
    fpsText: rate.text,
    gop: Math.max(1, Math.round(GOP_SECONDS * rate.fps)),
    renditions,
    mp4,
    posterTimeSec: Math.max(0, Math.min(probe.durationSec * 0.1, 10, probe.durationSec - 0.2)),
    thumbnails: thumbnailGrid(video.width, video.height, probe.durationSec),
    toneMap: options.toneMapping ? video.hdr : null,
  };
}

/** Scales a picture so its short side is `rung`, keeping the aspect ratio, even sizes. */
function sizeAt(width: number, height: number, rung: number): [number, number] {
  const even = (value: number) => Math.max(2, Math.round(value / 2) * 2);
  return width >= height
    ? [even((rung * width) / height), even(rung)]
    : [even(rung), even((rung * height) / width)];
}

/** What differs between ffmpeg builds in the arguments (capabilities.ts finds it out). */
export interface LadderTool {
  /** `-fps_mode` exists (ffmpeg 5.1+); older builds, like the npm one, spell it `-vsync`. */
  fpsMode: boolean;
  /**
   * The HLS muxer names variants and writes the master playlist; without it rungs come out
   * as hls/0, hls/1, ... and outputs.ts names them and writes the master (master-playlist.ts).
   */
  hlsVariants: boolean;
}

/** The complete ffmpeg argument array; run it with the output folder as working directory. */
export function ladderArgs(
  plan: LadderPlan,
  probe: MediaProbe,
  tool: LadderTool = { fpsMode: true, hlsVariants: true },
): string[] {
  const passthrough = [tool.fpsMode ? '-fps_mode' : '-vsync', 'passthrough'];
  const head = ['-hide_banner', '-nostdin', '-v', 'error', '-progress', 'pipe:1', '-nostats'];
  const input = inputArgs(probe.path);
  const audioChain = probe.audio ? audioFilter(plan, probe.audio.index) : null;
  if (plan.kind === 'audio' || !probe.video) {
    return [
      ...head,
      ...input,
      '-filter_complex',
      `${audioChain!}[a]`,
      '-map',
      '[a]',
      ...audioCodec(plan),
      ...clean(),
      '-movflags',
      '+faststart',
      mediaFileNames.audio,
    ];
  }
  const outputs = plan.renditions.length + 3; // + MP4, poster, sprite
  const top = plan.renditions[plan.renditions.length - 1]!;
  const pre = [
    `[0:${probe.video.index}]`,
    probe.video.interlaced ? 'yadif=mode=send_frame:deint=interlaced,' : '',
    `fps=${plan.fpsText},`,
    `scale=${top.width}:${top.height},`,
    plan.toneMap ? toneMapChain(plan.toneMap) : '',
    'setsar=1,format=yuv420p,',
    `split=${outputs}`,
    ...Array.from({ length: outputs }, (_, i) => `[s${i}]`),
  ].join('');
  const scaled = (i: number, r: Rendition) =>
    r.width === top.width && r.height === top.height
      ? `[s${i}]null[v${i}]`
      : `[s${i}]scale=${r.width}:${r.height}[v${i}]`;
  const mp4 = plan.mp4!;
  const grid = plan.thumbnails!;
  const n = plan.renditions.length;
  const graph = [
    pre,
    ...plan.renditions.map((r, i) => scaled(i, r)),
    scaled(n, mp4),
    // Stills must start at once: ffmpeg feeds an output that has not produced its first frame
    // before all others, so a still made only at time T would hold up every other output.
    // The poster is rewritten once a second until T; thumbnails come out as they pass.
    `[s${n + 1}]select='lte(t\\,${plan.posterTimeSec.toFixed(3)})*not(mod(n\\,${Math.max(1, Math.round(plan.fps))}))',scale=${mp4.width}:${mp4.height}[poster]`,
    `[s${n + 2}]fps=1/${grid.intervalSec},scale=${grid.width}:${grid.height}[thumbs]`,
    ...(audioChain
      ? [
          `${audioChain},asplit=${n + 1}${Array.from({ length: n + 1 }, (_, i) => `[a${i}]`).join('')}`,
        ]
      : []),
  ].join(';');

  const hlsMaps = plan.renditions.flatMap((_, i) => [
    '-map',
    `[v${i}]`,
    ...(audioChain ? ['-map', `[a${i}]`] : []),
  ]);
  const rates = plan.renditions.flatMap((r, i) => [
    `-maxrate:v:${i}`,
    `${r.maxrateKbps}k`,
    `-bufsize:v:${i}`,
    `${r.maxrateKbps * 2}k`,
  ]);
  const streamMap = plan.renditions
    .map(
      (r, i) => `v:${i}${audioChain ? `,a:${i}` : ''}${tool.hlsVariants ? `,name:${r.rung}p` : ''}`,
    )
    .join(' ');
  const segmentFile = 'hls/%v/seg-%d.m4s';
  return [
    ...head,
    ...input,
    '-filter_complex',
    graph,
    // Rungs: one HLS output with a variant per rung and a master playlist.
    ...hlsMaps,
    ...videoCodec(plan),
    ...rates,
    ...(audioChain ? audioCodec(plan) : []),
    ...clean(),
    '-f',
    'hls',
    '-hls_time',
    String(SEGMENT_SECONDS),
    '-hls_playlist_type',
    'vod',
    '-hls_segment_type',
    'fmp4',
    '-hls_flags',
    'independent_segments',
    '-hls_fmp4_init_filename',
    'init.mp4',
    '-hls_segment_filename',
    segmentFile,
    ...(tool.hlsVariants ? ['-master_pl_name', 'master.m3u8'] : []),
    '-var_stream_map',
    streamMap,
    'hls/%v/index.m3u8',
    // Progressive MP4 with the index in front, for offline files and platforms that want MP4.
    '-map',
    `[v${n}]`,
    ...(audioChain ? ['-map', `[a${n}]`] : []),
    ...videoCodec(plan),
    '-maxrate:v:0',
    `${mp4.maxrateKbps}k`,
    '-bufsize:v:0',
    `${mp4.maxrateKbps * 2}k`,
    ...(audioChain ? audioCodec(plan) : []),
    ...clean(),
    '-movflags',
    '+faststart',
    mediaFileNames.video,
    '-map',
    '[poster]',
    ...passthrough,
    '-update',
    '1',
    '-q:v',
    '3',
    ...clean(),
    mediaFileNames.poster,
    '-map',
    '[thumbs]',
    ...passthrough,
    '-q:v',
    '3',
    ...clean(),
    THUMBNAIL_FRAMES,
  ];
}

/**
 * HDR to SDR after scaling (cheaper on 4K, and scaling in the coded domain is what players
 * do too): to linear light, BT.2020 to BT.709 primaries, Hable's curve (keeps highlights
 * without greying the picture), back to BT.709's transfer and matrix in TV range. The input
 * transfer is named, not read from the frames, because phone files often tag only the stream.
 */
function toneMapChain(transfer: 'pq' | 'hlg'): string {
  const tin = transfer === 'pq' ? 'smpte2084' : 'arib-std-b67';
  return [
    `zscale=tin=${tin}:pin=bt2020:min=bt2020nc:t=linear:npl=100`,
    'format=gbrpf32le',
    'zscale=p=bt709',
    'tonemap=tonemap=hable:desat=0',
    'zscale=t=bt709:m=bt709:r=tv,',
  ].join(',');
}

/** What tone-mapped outputs say they are, so players do not guess BT.601 or BT.2020. */
function colourTags(plan: LadderPlan): string[] {
  return plan.toneMap
    ? ['-color_primaries', 'bt709', '-color_trc', 'bt709', '-colorspace', 'bt709']
    : [];
}

function videoCodec(plan: LadderPlan): string[] {
  const preset = QUALITY_PRESETS[plan.quality];
  return [
    ...colourTags(plan),
    '-c:v',
    'libx264',
    '-preset',
    preset.x264Preset,
    '-crf',
    String(preset.crf),
    '-profile:v',
    'high',
    ...(plan.tuning === 'slides' ? ['-tune', SLIDES.x264Tune] : []),
    // Keyframes exactly every 2 s and nowhere else, identical in every rung.
    '-g',
    String(plan.gop),
    '-keyint_min',
    String(plan.gop),
    '-sc_threshold',
    '0',
    '-force_key_frames',
    `expr:gte(t,n_forced*${GOP_SECONDS})`,
  ];
}

function audioFilter(plan: LadderPlan, index: number): string {
  // Lecture audio varies wildly between recordings; -16 LUFS is the usual target for speech.
  const loudness = plan.loudnorm ? 'loudnorm=I=-16:TP=-1.5:LRA=11,' : '';
  return `[0:${index}]${loudness}aresample=48000,aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo`;
}

function audioCodec(plan: LadderPlan): string[] {
  return ['-c:a', 'aac', '-b:a', `${plan.audioKbps}k`, '-ar', '48000', '-ac', '2'];
}

/** No source metadata in outputs (phones record GPS positions); a deep muxing queue. */
function clean(): string[] {
  return ['-map_metadata', '-1', '-map_chapters', '-1', '-max_muxing_queue_size', '4096'];
}
