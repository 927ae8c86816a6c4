/**
 * What the chosen ffmpeg means for one import: whether it can make the ladder at all, which
 * quality steps it has to skip (HDR tone mapping, loudness), and the warnings that say so.
 * An old bundled build must never lower quality without a word.
 */
import { StudioError } from '../../shared/errors';
import { missingEssentials, probeFfmpeg } from './capabilities';
import type { LadderTool } from './ladder';

export interface ToolLimits extends LadderTool {
  toneMapping: boolean;
  loudnorm: boolean;
  /** One English sentence each, for the import's log and for doctor. */
  warnings: string[];
}

/** Throws FFMPEG_NOT_FOUND when `ffmpeg` cannot make the ladder (no libx264, AAC or fMP4 HLS). */
export function toolLimits(ffmpeg: string, need: { hdr: boolean; loudnorm: boolean }): ToolLimits {
  const probe = probeFfmpeg(ffmpeg);
  // A build that does not describe itself (a wrapper script) gets the benefit of the doubt.
  if (!probe) {
    return {
      fpsMode: true,
      hlsVariants: true,
      toneMapping: need.hdr,
      loudnorm: need.loudnorm,
      warnings: [],
    };
  }
  const { features } = probe;
  const missing = missingEssentials(features);
  if (missing.length > 0) {
    throw new StudioError(
      'FFMPEG_NOT_FOUND',
      `The ffmpeg at ${ffmpeg} cannot make streaming video: it has no ${missing.join(', ')}. Install a current ffmpeg or set COURSE_STUDIO_FFMPEG.`,
      { ffmpeg, missing },
    );
  }
  const name = `ffmpeg ${probe.version}${probe.year ? ` (${probe.year})` : ''} at ${ffmpeg}`;
  const toneMapping = features.zscale && features.tonemap;
  const warnings: string[] = [];
  if (need.hdr && !toneMapping) {
    warnings.push(
      `${name} has no ${features.zscale ? 'tonemap' : 'zscale'} filter: this HDR video is converted without tone mapping, so its colours will look washed out. Install a newer ffmpeg (course-studio doctor shows which one is used).`,
    );
  }
  if (need.loudnorm && !features.loudnorm) {
    warnings.push(
      `${name} has no loudnorm filter: the sound keeps its original loudness. Install a newer ffmpeg (course-studio doctor shows which one is used).`,
    );
  }
  return {
    fpsMode: features.fpsMode,
    hlsVariants: features.hlsVariants,
    toneMapping: need.hdr && toneMapping,
    loudnorm: need.loudnorm && features.loudnorm,
    warnings,
  };
}
