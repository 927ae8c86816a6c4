/**
 * A folder (a synced drive, a shared disk): the package is copied under a temporary name in
 * the same folder, flushed, and renamed into place, so whoever watches the folder never sees
 * half a file, and an earlier package of the same name is replaced in one step.
 */
import { constants } from 'node:fs';
import { copyFile, lstat, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { StudioError } from '../../shared/errors';
import type { Connector } from './connector';
import { throwIfCancelled } from './http';

export const publishToFolder: Connector = async ({ pkg, profile, context }) => {
  const folder = profile.url;
  const info = await lstat(folder).catch(() => null);
  if (!info?.isDirectory())
    throw new StudioError('FILE_NOT_FOUND', `${folder} is not a folder.`, { path: folder });
  const target = join(folder, pkg.fileName);
  const existing = await lstat(target).catch(() => null);
  if (existing && !existing.isFile())
    throw new StudioError('FILE_EXISTS', `${target} exists and is not a file.`, { path: target });
  const partial = join(folder, `.${pkg.fileName}.${process.pid}.partial`);
  context.report(0, 'copying');
  try {
    await copyFile(pkg.path, partial, constants.COPYFILE_EXCL);
    throwIfCancelled(context.signal);
    const handle = await open(partial, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  context.report(1, 'copied');
  return { result: 'succeeded', remoteId: null, url: target, messages: [], steps: [] };
};
