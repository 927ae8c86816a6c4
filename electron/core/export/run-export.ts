/**
 * One export from start to finish: snapshot the project, build the package tree for the
 * format, write it (folder, zip or tar.gz) under a temporary name and move it into place.
 */
import { resolve } from 'node:path';
import {
  checkExportRequest,
  packageArchive,
  type ExportFormat,
  type PackageArchive,
} from '../../shared/export-formats';
import type { ExportOptions, ExportResult } from '../../shared/model';
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

interface BuildContext {
  tree: PackageTree;
  snapshot: ExportSnapshot;
  readChunk: ChunkReader;
  perLesson: boolean;
  hls: boolean;
}

/**
 * What each format adds to the package tree. The format's other facts (archive, suffix,
 * options, labels) are in shared/export-formats.ts; a format missing here does not compile.
 */
const builders: Record<ExportFormat, (context: BuildContext) => Promise<void>> = {
  site: async ({ tree, snapshot, readChunk, hls }) => {
    await addPlayerSite(tree, snapshot, readChunk, {
      tracking: 'none',
      scope: 'course',
      hls,
      embedCaptions: true,
    });
  },
  scorm12: async (context) =>
    addScorm12Manifest(context.tree, await trackedSite(context, 'scorm12'), context.perLesson),
  scorm2004: async (context) =>
    addScorm2004Manifest(context.tree, await trackedSite(context, 'scorm2004'), context.perLesson),
  cmi5: async (context) =>
    addCmi5Structure(
      context.tree,
      await trackedSite(context, 'cmi5'),
      context.perLesson,
      context.snapshot.course.description,
    ),
  imscc11: (context) => addCartridge(context, '1.1'),
  imscc13: (context) => addCartridge(context, '1.3'),
  olx: ({ tree, snapshot, readChunk }) => {
    addOlxCourse(tree, snapshot, readChunk);
    return Promise.resolve();
  },
};

/** The player site of a tracked package: one SCO / AU for the course, or one per lesson. */
function trackedSite(
  { tree, snapshot, readChunk, hls, perLesson }: BuildContext,
  tracking: 'scorm12' | 'scorm2004' | 'cmi5',
) {
  return addPlayerSite(tree, snapshot, readChunk, {
    tracking,
    scope: perLesson ? 'lesson' : 'course',
    hls,
    embedCaptions: false,
  });
}

/** No player site: a cartridge's pages are static (see formats/imscc.ts). */
function addCartridge({ tree, snapshot }: BuildContext, version: '1.1' | '1.3'): Promise<void> {
  addCommonCartridge(tree, snapshot, version);
  return Promise.resolve();
}

/** Builds the package tree for a format; returns how it is to be written. */
export async function buildPackage(
  snapshot: ExportSnapshot,
  readChunk: ChunkReader,
  format: ExportFormat,
  options: ExportOptions,
  outPath = '',
): Promise<{ tree: PackageTree; archive: PackageArchive }> {
  const tree = new PackageTree();
  await builders[format]({
    tree,
    snapshot,
    readChunk,
    perLesson: options.scoPerLesson === true,
    hls: options.mp4Only !== true,
  });
  return { tree, archive: packageArchive(format, outPath, options) };
}

/**
 * Refuses an export that may not start: a wrong suffix or option, or a target that is not
 * an earlier export (the open course, a user's file, a link or device). `export.run` calls it
 * before queueing, so the refusal is immediate; `runExport` again, as the disk may change.
 */
export function checkExportStart(project: Project, request: ExportRequest) {
  const outPath = resolve(request.outPath);
  const guard = { openCourse: project.path, replaceExisting: request.options?.replaceExisting };
  // What is at the path first: "that is your course" says more than "wrong file ending".
  checkExportTarget(outPath, outputKindOf(request.format, request.options ?? {}, outPath), guard);
  checkExportRequest(request);
  return { outPath, guard };
}

/** Exports the open project; returns what was written. */
export async function runExport(
  project: Project,
  request: ExportRequest,
  hooks: ExportHooks = {},
): Promise<ExportResult> {
  const { outPath, guard } = checkExportStart(project, request);
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
