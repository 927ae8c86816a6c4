/**
 * One export from start to finish: snapshot the project, build the package tree for the
 * format, write it (folder, zip or tar.gz) under a temporary name and move it into place.
 */
import { resolve } from 'node:path';
import type { ExportFormat, ExportOptions, ExportResult } from '../../shared/model';
import type { Project } from '../project/project';
import { throwIfAborted } from './archive-output';
import { exportWarnings } from './export-warnings';
import { writeFolder } from './folder-writer';
import { checkExportTarget, outputKindOf } from './output-guard';
import { addCmi5Structure } from './formats/cmi5';
import { addCommonCartridge } from './formats/imscc';
import { addOlxCourse, olxRoot } from './formats/olx';
import { addScorm12Manifest } from './formats/scorm12';
import { addScorm2004Manifest } from './formats/scorm2004';
import { PackageTree } from './package-tree';
import { addPlayerSite } from './site';
import { chunkReader, readExportSnapshot, type ExportSnapshot } from './snapshot';
import { writeTarGz } from './tar-writer';
import type { ChunkReader } from './package-tree';
import { writeZip } from './zip-writer';

export interface ExportRequest {
  format: ExportFormat;
  outPath: string;
  options?: ExportOptions;
}

export interface ExportHooks {
  /** Aborting it stops the export with JOB_CANCELLED and leaves the target as it was. */
  signal?: AbortSignal;
  /** 0..1 of the package's bytes written. */
  onProgress?(fraction: number): void;
}

type Archive = 'folder' | 'zip' | 'tar.gz';

/** Builds the package tree for a format; returns how it is to be written. */
export async function buildPackage(
  snapshot: ExportSnapshot,
  readChunk: ChunkReader,
  format: ExportFormat,
  options: ExportOptions,
  outPath = '',
): Promise<{ tree: PackageTree; archive: Archive }> {
  const tree = new PackageTree();
  const perLesson = options.scoPerLesson === true;
  const hls = options.mp4Only !== true;
  const scope = perLesson ? 'lesson' : 'course';
  switch (format) {
    case 'site': {
      await addPlayerSite(tree, snapshot, readChunk, {
        tracking: 'none',
        scope: 'course',
        hls,
        embedCaptions: true,
      });
      const zip = options.zip ?? outPath.toLowerCase().endsWith('.zip');
      return { tree, archive: zip ? 'zip' : 'folder' };
    }
    case 'scorm12': {
      const site = await addPlayerSite(tree, snapshot, readChunk, {
        tracking: 'scorm12',
        scope,
        hls,
        embedCaptions: false,
      });
      addScorm12Manifest(tree, site, perLesson);
      return { tree, archive: 'zip' };
    }
    case 'scorm2004': {
      const site = await addPlayerSite(tree, snapshot, readChunk, {
        tracking: 'scorm2004',
        scope,
        hls,
        embedCaptions: false,
      });
      addScorm2004Manifest(tree, site, perLesson);
      return { tree, archive: 'zip' };
    }
    case 'cmi5': {
      const site = await addPlayerSite(tree, snapshot, readChunk, {
        tracking: 'cmi5',
        scope,
        hls,
        embedCaptions: false,
      });
      addCmi5Structure(tree, site, perLesson, snapshot.course.description);
      return { tree, archive: 'zip' };
    }
    case 'imscc11':
    case 'imscc13': {
      const site = await addPlayerSite(tree, snapshot, readChunk, {
        tracking: 'none',
        scope: 'course',
        hls,
        embedCaptions: false,
      });
      addCommonCartridge(tree, site, format === 'imscc11' ? '1.1' : '1.3');
      return { tree, archive: 'zip' };
    }
    case 'olx':
      addOlxCourse(tree, snapshot, readChunk);
      return { tree, archive: 'tar.gz' };
  }
}

/** Exports the open project; returns what was written. */
export async function runExport(
  project: Project,
  request: ExportRequest,
  hooks: ExportHooks = {},
): Promise<ExportResult> {
  const outPath = resolve(request.outPath);
  const guard = { openCourse: project.path, replaceExisting: request.options?.replaceExisting };
  checkExportTarget(outPath, outputKindOf(request.format, request.options ?? {}, outPath), guard);
  const snapshot = readExportSnapshot(project.db);
  const warnings = exportWarnings(project.db, snapshot);
  const readChunk = chunkReader(project.db);
  const { tree, archive } = await buildPackage(
    snapshot,
    readChunk,
    request.format,
    request.options ?? {},
    outPath,
  );
  // A cancel that came while the tree was built stops the export before anything is written.
  throwIfAborted(hooks.signal);
  const total = Math.max(1, tree.size);
  const writeOptions = {
    readChunk,
    signal: hooks.signal,
    guard,
    onProgress: hooks.onProgress
      ? (written: number) => hooks.onProgress?.(Math.min(1, written / total))
      : undefined,
  };
  let bytes: number;
  if (archive === 'zip') bytes = await writeZip(tree, outPath, writeOptions);
  else if (archive === 'tar.gz') bytes = await writeTarGz(tree, outPath, olxRoot, writeOptions);
  else bytes = await writeFolder(tree, outPath, writeOptions);
  hooks.onProgress?.(1);
  return { format: request.format, path: outPath, bytes, files: tree.paths.length, warnings };
}
