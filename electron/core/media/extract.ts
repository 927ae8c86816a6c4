/** Writing an asset's stored files out as ordinary files (`media.extract`, the CLI's `media extract`). */
import { createHash } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { StudioError } from '../../shared/errors';
import { isSafeMediaFileName } from '../../shared/media-files';
import { damagedError } from '../integrity/chunk-check';
import { listMediaFiles, openMediaFile } from '../project/asset-repo';
import type { Db } from '../project/sqlite';
import { getMediaAsset } from './media-repo';

/**
 * Writes every file of the asset under `outDir`, streamed chunk by chunk. Every name is
 * checked before the first write, so a bad name writes nothing, and none lands outside.
 */
export function extractMedia(
  db: Db,
  assetId: string,
  outDir: string,
): { outDir: string; files: string[] } {
  const folder = resolve(outDir);
  getMediaAsset(db, assetId);
  const files = listMediaFiles(db, assetId);
  if (files.length === 0) {
    throw new StudioError(
      'NOT_FOUND',
      `${assetId} has no stored files yet (is it still importing?).`,
      { id: assetId },
    );
  }
  const targets = files.map((file) => {
    const target = resolve(folder, file.name);
    const inside = relative(folder, target);
    if (!isSafeMediaFileName(file.name) || inside.startsWith('..') || isAbsolute(inside)) {
      throw new StudioError('FORBIDDEN', `Refusing to write "${file.name}" outside ${folder}.`);
    }
    return { name: file.name, target };
  });
  // Every byte is checked before any is written: a damaged asset writes nothing.
  const damaged = targets.filter(({ name }) => !storedFileIntact(db, assetId, name));
  if (damaged.length > 0) {
    const asset = getMediaAsset(db, assetId);
    throw damagedError([{ assetId, name: asset.name, files: damaged.map(({ name }) => name) }]);
  }
  // Checked before the first write, so a refusal leaves the folder as it was.
  for (const { name, target } of targets) {
    if (lstatOrNull(target)) {
      throw new StudioError(
        'FILE_EXISTS',
        `${target} already exists; media extract never replaces files. Choose an empty folder.`,
        { path: target },
      );
    }
    refuseLinkedFolders(folder, dirname(name));
  }
  for (const { name, target } of targets) {
    refuseLinkedFolders(folder, dirname(name));
    mkdirSync(join(folder, dirname(name)), { recursive: true });
    const stored = openMediaFile(db, assetId, name)!;
    // 'wx': never onto an existing file, nor through a symlink planted since the check.
    const fd = openSync(target, 'wx');
    try {
      for (const piece of stored.pieces(0, stored.size)) writeSync(fd, piece);
    } finally {
      closeSync(fd);
    }
  }
  return { outDir: folder, files: targets.map((target) => target.name) };
}

/** Whether a stored file still hashes to the sha-256 recorded when it was imported. */
function storedFileIntact(db: Db, assetId: string, name: string): boolean {
  const stored = openMediaFile(db, assetId, name);
  if (!stored) return false;
  const hash = createHash('sha256');
  for (const piece of stored.pieces(0, stored.size)) hash.update(piece);
  return hash.digest('hex') === stored.sha256;
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
