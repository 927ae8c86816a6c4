import { closeSync, lstatSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { getMediaAsset, listMediaAssets } from '../../core/media/media-repo';
import { listMediaFiles, openMediaFile } from '../../core/project/asset-repo';
import { Project } from '../../core/project/project';
import { StudioError } from '../../shared/errors';
import { isSafeMediaFileName } from '../../shared/media-files';
import { escapeForTerminal, jsonForTerminal } from '../../shared/plain-text';
import { parseCommand, UsageError } from '../args';
import { clock } from '../progress';

const help = `Usage: course-studio media list <file.course> [--json]
       course-studio media extract <file.course> <asset-id> <out-dir>

list     each asset with its id, kind, state and duration (imports still running included)
extract  writes the asset's files (master and rendition playlists, segments, MP4, poster,
         thumbnails, captions) into <out-dir> as ordinary files`;

export async function runMedia(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, { json: { type: 'boolean' } });
  if (values.help) return (void process.stdout.write(`${help}\n`), 0);
  const [action, ...rest] = positionals;
  if (action === 'list') {
    if (rest.length !== 1) throw new UsageError('media list takes one course file');
    return withProject(rest[0]!, (project) => list(project, values.json === true));
  }
  if (action === 'extract') {
    if (rest.length !== 3)
      throw new UsageError('media extract takes a course, an asset id and a folder');
    const [course, assetId, outDir] = rest as [string, string, string];
    return withProject(course, (project) => extract(project, assetId, resolve(outDir)));
  }
  throw new UsageError(action ? `unknown media action "${action}"` : 'media needs list or extract');
}

function withProject(file: string, work: (project: Project) => number): number {
  const project = Project.open(resolve(file));
  try {
    return work(project);
  } finally {
    project.close();
  }
}

function list(project: Project, json: boolean): number {
  const assets = listMediaAssets(project.db);
  if (json) {
    const rows = assets.map((asset) => ({
      id: asset.id,
      kind: asset.kind,
      state: asset.state,
      name: asset.name,
      durationSec: asset.meta?.durationSec ?? null,
      size: asset.size,
      rungs: asset.meta?.rungs ?? [],
      captions: asset.meta?.captions ?? [],
      jobId: asset.jobId,
      error: asset.error,
    }));
    process.stdout.write(`${jsonForTerminal(rows)}\n`);
    return 0;
  }
  if (assets.length === 0) return (void process.stdout.write('No media in this course.\n'), 0);
  const lines = assets.map((asset) =>
    [
      asset.id.padEnd(14),
      asset.kind.padEnd(6),
      asset.state.padEnd(10),
      (asset.meta ? clock(asset.meta.durationSec) : '-').padStart(8),
      // Names come from the course file: a crafted one must not drive the terminal.
      `  ${escapeForTerminal(asset.name)}`,
    ].join(' '),
  );
  process.stdout.write(
    `${['ID             KIND   STATE      DURATION  NAME', ...lines].join('\n')}\n`,
  );
  return 0;
}

/** Every file of the asset, streamed chunk by chunk; names are checked before any write. */
function extract(project: Project, assetId: string, outDir: string): number {
  getMediaAsset(project.db, assetId);
  const files = listMediaFiles(project.db, assetId);
  if (files.length === 0) {
    throw new StudioError(
      'NOT_FOUND',
      `${assetId} has no stored files yet (is it still importing?).`,
    );
  }
  const targets = files.map((file) => {
    const target = resolve(outDir, file.name);
    const inside = relative(outDir, target);
    if (!isSafeMediaFileName(file.name) || inside.startsWith('..') || isAbsolute(inside)) {
      throw new StudioError('FORBIDDEN', `Refusing to write "${file.name}" outside ${outDir}.`);
    }
    return { name: file.name, target };
  });
  // Checked before the first write, so a refusal leaves the folder as it was.
  for (const { name, target } of targets) {
    if (lstatOrNull(target)) {
      throw new StudioError(
        'FILE_EXISTS',
        `${target} already exists; media extract never replaces files. Choose an empty folder.`,
        { path: target },
      );
    }
    refuseLinkedFolders(outDir, dirname(name));
  }
  for (const { name, target } of targets) {
    makeRealFolders(outDir, dirname(name));
    const stored = openMediaFile(project.db, assetId, name)!;
    // 'wx': never onto an existing file, nor through a symlink planted since the check.
    const fd = openSync(target, 'wx');
    try {
      for (const piece of stored.pieces(0, stored.size)) writeSync(fd, piece);
    } finally {
      closeSync(fd);
    }
  }
  process.stdout.write(`Wrote ${targets.length} files to ${outDir}\n`);
  return 0;
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/** Each folder of `relativeDir` under `root` must be missing or a real folder, never a link. */
function refuseLinkedFolders(root: string, relativeDir: string): void {
  let dir = root;
  for (const segment of relativeDir === '.' ? [] : relativeDir.split('/')) {
    dir = join(dir, segment);
    const stats = lstatOrNull(dir);
    if (stats && !stats.isDirectory()) {
      throw new StudioError(
        'FILE_EXISTS',
        `${dir} is in the way (a link or a file); media extract writes only into real folders.`,
        { path: dir },
      );
    }
  }
}

function makeRealFolders(root: string, relativeDir: string): void {
  refuseLinkedFolders(root, relativeDir);
  mkdirSync(join(root, relativeDir), { recursive: true });
}
