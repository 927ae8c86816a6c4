/**
 * Which files of each asset a package carries and where: `media/<assetId>/<file name>`, the
 * asset's own file names kept so HLS playlists' relative references still resolve. Also the
 * URLs the content renderer writes for images and videos, relative to the site root.
 */
import { isSafeAssetId, type VideoCaptionSource, type VideoSources } from '../../shared/content';
import { captionFileName, mediaFileNames } from '../../shared/media-files';
import { isSafePackagePath } from './package-tree';
import type { ExportAsset, ExportMediaFile, ExportSnapshot } from './snapshot';

export interface MediaPlanOptions {
  /** Carry the HLS ladder (the player streams it over http(s)); else the MP4 alone. */
  hls: boolean;
  /** Folder the media lives under, relative to the site root. */
  folder: string;
}

export interface PlannedFile {
  path: string;
  file: ExportMediaFile;
}

export interface CaptionFile {
  lang: string;
  label: string;
  file: ExportMediaFile;
}

export interface MediaPlan {
  files: PlannedFile[];
  imageUrl(assetId: string): string;
  videoSources(assetId: string): VideoSources | null;
  /** The caption files of a video, in the order its metadata lists them. */
  captions(assetId: string): CaptionFile[];
  /** The progressive MP4 of a video. */
  mp4(assetId: string): ExportMediaFile | null;
}

const imageExtensions: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
};

/** Plans the media of every asset the lessons use. */
export function planMedia(snapshot: ExportSnapshot, options: MediaPlanOptions): MediaPlan {
  const files: PlannedFile[] = [];
  const images = new Map<string, string>();
  const videos = new Map<string, VideoSources>();
  const captionFiles = new Map<string, CaptionFile[]>();
  const mp4Files = new Map<string, ExportMediaFile>();
  const place = (asset: ExportAsset, name: string, file: ExportMediaFile): string | null => {
    const path = `${options.folder}/${asset.id}/${name}`;
    if (!isSafeAssetId(asset.id) || !isSafePackagePath(path)) return null;
    files.push({ path, file });
    return path;
  };

  for (const asset of snapshot.assets.values()) {
    if (asset.kind === 'image') {
      const original = asset.files.get(mediaFileNames.original);
      const extension = imageExtensions[asset.mime];
      const path = original && extension ? place(asset, `image.${extension}`, original) : null;
      if (path) images.set(asset.id, path);
      continue;
    }
    if (asset.kind !== 'video') continue;
    const sources: VideoSources = {};
    const mp4 = asset.files.get(mediaFileNames.video) ?? originalMp4(asset);
    if (mp4) {
      sources.mp4 = place(asset, mediaFileNames.video, mp4) ?? undefined;
      mp4Files.set(asset.id, mp4);
    }
    const poster = asset.files.get(mediaFileNames.poster);
    if (poster) sources.poster = place(asset, mediaFileNames.poster, poster) ?? undefined;
    if (options.hls && asset.files.has(mediaFileNames.master)) {
      for (const [name, file] of asset.files) {
        if (name.startsWith('hls/')) place(asset, name, file);
      }
      sources.hls = `${options.folder}/${asset.id}/${mediaFileNames.master}`;
    }
    const captions: CaptionFile[] = [];
    const captionSources: VideoCaptionSource[] = [];
    for (const track of captionTracks(asset)) {
      const file = asset.files.get(captionFileName(track.lang));
      const src = file ? place(asset, captionFileName(track.lang), file) : null;
      if (!file || !src) continue;
      captions.push({ ...track, file });
      captionSources.push({ ...track, src });
    }
    sources.captions = captionSources;
    if (Array.isArray(asset.meta.chapters))
      sources.chapters = asset.meta.chapters as VideoSources['chapters'];
    captionFiles.set(asset.id, captions);
    if (sources.mp4 || sources.hls) videos.set(asset.id, sources);
  }

  return {
    files,
    imageUrl: (assetId) => images.get(assetId) ?? '',
    videoSources: (assetId) => videos.get(assetId) ?? null,
    captions: (assetId) => captionFiles.get(assetId) ?? [],
    mp4: (assetId) => mp4Files.get(assetId) ?? null,
  };
}

/** An imported MP4 that has not been transcoded yet still plays. */
function originalMp4(asset: ExportAsset): ExportMediaFile | null {
  return asset.mime === 'video/mp4' ? (asset.files.get(mediaFileNames.original) ?? null) : null;
}

function captionTracks(asset: ExportAsset): { lang: string; label: string }[] {
  const raw = asset.meta.captions;
  if (!Array.isArray(raw)) return [];
  const tracks: { lang: string; label: string }[] = [];
  for (const entry of raw) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { lang, label } = entry as Record<string, unknown>;
    if (typeof lang === 'string' && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/.test(lang)) {
      tracks.push({ lang, label: typeof label === 'string' && label ? label : lang });
    }
  }
  return tracks;
}
