/**
 * What an export leaves out without failing: a course with no lessons, a lesson whose video is
 * still being transcoded (or whose import failed). The export still succeeds, and says so;
 * the readiness check that will block these comes with publishing.
 */
import type { ExportWarning } from '../../shared/model';
import { getMediaAsset } from '../media/media-repo';
import type { Db } from '../project/sqlite';
import type { ExportSnapshot } from './snapshot';

/** The warnings for exporting `snapshot`, in outline order. */
export function exportWarnings(db: Db, snapshot: ExportSnapshot): ExportWarning[] {
  if (snapshot.lessons.length === 0) return [{ code: 'NO_LESSONS' }];
  const warnings: ExportWarning[] = [];
  for (const lesson of snapshot.lessons) {
    const seen = new Set<string>();
    for (const assetId of videoAssetIds(lesson.doc.root, 0)) {
      if (seen.has(assetId)) continue;
      seen.add(assetId);
      const exported = snapshot.assets.get(assetId);
      const playable =
        exported !== undefined &&
        (exported.files.has('video.mp4') || exported.files.has('audio.m4a'));
      let state: string;
      let name = exported?.name ?? '';
      try {
        const media = getMediaAsset(db, assetId);
        state = media.state;
        name = media.name || name;
      } catch {
        state = 'missing';
      }
      if (state === 'queued' || state === 'processing') {
        warnings.push({
          code: 'VIDEO_NOT_READY',
          lessonId: lesson.id,
          lesson: lesson.title,
          assetId,
          asset: name,
        });
      } else if (!playable) {
        warnings.push({
          code: 'VIDEO_MISSING',
          lessonId: lesson.id,
          lesson: lesson.title,
          assetId,
          asset: name,
        });
      }
    }
  }
  return warnings;
}

function* videoAssetIds(node: unknown, depth: number): Generator<string> {
  if (depth > 200 || typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if (record.type === 'video' && typeof record.assetId === 'string') yield record.assetId;
  if (Array.isArray(record.children)) {
    for (const child of record.children) yield* videoAssetIds(child, depth + 1);
  }
}

/** One line of English per warning, for the CLI and logs. */
export function describeExportWarning(warning: ExportWarning): string {
  switch (warning.code) {
    case 'NO_LESSONS':
      return 'The course has no lessons, so the package is empty.';
    case 'VIDEO_NOT_READY':
      return `"${warning.lesson}": the video "${warning.asset}" is still being prepared and is missing from the package.`;
    case 'VIDEO_MISSING':
      return `"${warning.lesson}": its video${warning.asset ? ` "${warning.asset}"` : ''} has no playable file and is missing from the package.`;
  }
}
