/**
 * Files a browser uploaded to the web host for import (a browser cannot hand over a path).
 * They live under the studio's temp folder; an import removes its upload when it has stored
 * the result, and the host clears uploads older than a day when it starts.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { newId } from '../project/ids';
import { studioTempRoot } from '../jobs/temp';

const DAY_MS = 24 * 60 * 60 * 1000;

export function uploadsRoot(): string {
  return join(studioTempRoot(), 'uploads');
}

/** A new, empty, private (0700) folder for one upload, with a name nobody can guess. */
export function newUploadDir(): string {
  const root = uploadsRoot();
  mkdirSync(root, { recursive: true, mode: 0o700 });
  return mkdtempSync(join(root, `${newId()}-`));
}

export function isUploadedFile(path: string): boolean {
  const inside = relative(uploadsRoot(), resolve(path));
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

/** Removes uploads nobody imported (the tab was closed, the import was cancelled). */
export function removeStaleUploads(maxAgeMs = DAY_MS): void {
  let entries: string[];
  try {
    entries = readdirSync(uploadsRoot());
  } catch {
    return;
  }
  for (const entry of entries) {
    const dir = join(uploadsRoot(), entry);
    try {
      if (Date.now() - statSync(dir).mtimeMs > maxAgeMs)
        rmSync(dir, { recursive: true, force: true });
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

/** Deletes an upload (its folder) once it has been imported. */
export function removeUpload(path: string): void {
  if (!isUploadedFile(path)) return;
  const [folder] = relative(uploadsRoot(), resolve(path)).split(/[\\/]/);
  if (folder) rmSync(join(uploadsRoot(), folder), { recursive: true, force: true });
}
