/**
 * The offline review site: the exported player site plus a comment layer. Every page loads
 * `review/review-data.js` (which course, which lessons) and `review/review-layer.js`; the layer
 * keeps comments in the browser's localStorage and saves them as one small JSON file that
 * `review.merge` accepts. Plain script files, no inline script and no fetch, so it runs from
 * file:// under the pages' strict Content-Security-Policy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StudioError } from '../../shared/errors';
import type { ExportResult } from '../../shared/model';
import { REVIEW_FILE_FORMAT } from '../../shared/review/schema';
import { writeFolder } from '../export/folder-writer';
import { PackageTree } from '../export/package-tree';
import { playerBuildOptions } from '../export/player-bundle';
import { addPlayerSite } from '../export/site';
import { chunkReader, readExportSnapshot } from '../export/snapshot';
import { writeZip } from '../export/zip-writer';
import { getPackageId } from '../project/course-repo';
import type { Project } from '../project/project';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const layerSource = join(repoRoot, 'renderer', 'player', 'review');
const layerScripts =
  '<script src="review/review-data.js" defer></script>\n<script src="review/review-layer.js" defer></script>\n';

/** A package tree whose HTML pages also load the review layer. */
class ReviewSiteTree extends PackageTree {
  override addText(path: string, text: string): void {
    super.addText(
      path,
      path.endsWith('.html') ? text.replace('</body>', `${layerScripts}</body>`) : text,
    );
  }
}

/** Writes the review site of `project` to a folder, or a zip when `outPath` ends in .zip. */
export async function writeReviewSite(
  project: Project,
  request: { outPath: string; zip?: boolean },
): Promise<ExportResult> {
  const outPath = resolve(request.outPath);
  const snapshot = readExportSnapshot(project.db);
  const readChunk = chunkReader(project.db);
  const tree = new ReviewSiteTree();
  // The progressive MP4 only: hls.js cannot load from file://, where reviewers open the site.
  const site = await addPlayerSite(tree, snapshot, readChunk, {
    tracking: 'none',
    scope: 'course',
    hls: false,
    embedCaptions: true,
  });
  const data = {
    format: REVIEW_FILE_FORMAT,
    packageId: getPackageId(project.db),
    title: site.course.title,
    language: snapshot.course.language,
    lessons: site.course.lessons.map((lesson) => ({
      id: lesson.id,
      href: lesson.href,
      title: lesson.title,
    })),
  };
  // JSON inside a script: `<` is escaped so no text can close the script element.
  tree.addText(
    'review/review-data.js',
    `window.courseStudioReview = ${JSON.stringify(data).replace(/</g, '\\u003c')};\n`,
  );
  const layer = await loadReviewLayer();
  tree.addText('review/review-layer.js', layer.js);
  tree.addText('review/review-layer.css', layer.css);
  const zip = request.zip ?? outPath.toLowerCase().endsWith('.zip');
  const options = { readChunk };
  const bytes = zip
    ? await writeZip(tree, outPath, options)
    : await writeFolder(tree, outPath, options);
  return { format: 'site', path: outPath, bytes, files: tree.paths.length, warnings: [] };
}

let cachedLayer: Promise<{ js: string; css: string }> | null = null;

/** The layer's script and stylesheet: bundled from source in a checkout, prebuilt in an app. */
function loadReviewLayer(): Promise<{ js: string; css: string }> {
  cachedLayer ??= (async () => {
    if (existsSync(join(layerSource, 'layer.ts'))) {
      const { build } = await import('esbuild');
      const result = await build({
        ...playerBuildOptions,
        entryPoints: [join(layerSource, 'layer.ts')],
        absWorkingDir: repoRoot,
        write: false,
      });
      return {
        js: result.outputFiles[0]?.text ?? '',
        css: readFileSync(join(layerSource, 'layer.css'), 'utf8'),
      };
    }
    // Written by packaging/build-player.mjs next to the player.
    const folder = process.env.COURSE_STUDIO_PLAYER_DIR ?? join(repoRoot, '.build', 'player');
    try {
      return {
        js: readFileSync(join(folder, 'review-layer.js'), 'utf8'),
        css: readFileSync(join(folder, 'review-layer.css'), 'utf8'),
      };
    } catch {
      throw new StudioError(
        'INTERNAL',
        `The review layer is missing from ${folder}; run npm run build:player.`,
      );
    }
  })().catch((error: unknown) => {
    cachedLayer = null;
    throw error;
  });
  return cachedLayer;
}
