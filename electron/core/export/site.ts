/**
 * The player site every format starts from: `index.html`, one page per lesson, the player
 * bundle with the course data, and the media the lessons use.
 */
import { usesKatexStylesheet } from '../../shared/content';
import { addKatexAssets } from './katex-assets';
import { indexPageHtml, lessonPageHtml } from './pages';
import { loadPlayerBundle } from './player-bundle';
import { buildPlayerCourse, courseDataScript, type PlayerCourseOptions } from './player-course';
import { planMedia, type MediaPlan } from './media-plan';
import type { ChunkReader, PackageTree } from './package-tree';
import type { ExportSnapshot } from './snapshot';
import type { Course } from '../../shared/model';
import type { PlayerCourse } from '../../shared/player/course-data';

export interface SiteOptions extends PlayerCourseOptions {
  /** Carry the HLS ladder as well as the MP4. */
  hls: boolean;
}

export interface PlayerSite {
  course: PlayerCourse;
  /** The course's own metadata (description, authors, licence, cover), for manifests. */
  metadata: Course;
  plan: MediaPlan;
  /** The files the player itself needs on every page (bundle, data). */
  playerFiles: string[];
}

export const playerFiles = ['player/player.js', 'player/player.css', 'player/course-data.js'];
/** hls.js, in packages with HLS video only. */
export const hlsScript = 'player/hls.js';

/** Adds the player site to `tree`. */
export async function addPlayerSite(
  tree: PackageTree,
  snapshot: ExportSnapshot,
  readChunk: ChunkReader,
  options: SiteOptions,
): Promise<PlayerSite> {
  const plan = planMedia(snapshot, { hls: options.hls, folder: 'media' });
  const course = buildPlayerCourse(snapshot, plan, readChunk, options);
  const bundle = await loadPlayerBundle();
  tree.addText('player/player.js', bundle.js);
  tree.addText('player/player.css', bundle.css);
  tree.addText('player/course-data.js', courseDataScript(course));
  // hls.js (about 120 KB gzipped) only where some video streams over HLS.
  const withHls = [...snapshot.assets.keys()].some((id) => plan.videoSources(id)?.hls);
  if (withHls) tree.addText(hlsScript, bundle.hls);
  const scripts = { hls: withHls };
  // Typeset equations need KaTeX's stylesheet; a course without any ships none of it.
  if (course.lessons.some((lesson) => usesKatexStylesheet(lesson.html))) addKatexAssets(tree);
  tree.addText('index.html', indexPageHtml(course, scripts));
  for (const lesson of course.lessons)
    tree.addText(lesson.href, lessonPageHtml(course, lesson, scripts));
  for (const { path, file } of plan.files) tree.addChunked(path, file);
  return {
    course,
    metadata: snapshot.course,
    plan,
    playerFiles: withHls ? [...playerFiles, hlsScript] : playerFiles,
  };
}
