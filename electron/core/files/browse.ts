/**
 * The web host's file browser: lists folders inside the user's home folder and the open
 * course's folder, and nothing else. Every path is resolved with realpath before it is
 * compared, so neither `..` nor a symlink leads out of those roots.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { BrowseRoot, FolderEntry, FolderListing } from '../../shared/files';
import { StudioError } from '../../shared/errors';

/** The most entries one listing returns: a folder of thousands is still browsable. */
const MAX_ENTRIES = 2_000;

/** The folders that may be browsed: home, and the open course's folder when there is one. */
export function browseRoots(coursePath: string | null): BrowseRoot[] {
  const roots: BrowseRoot[] = [];
  const add = (kind: BrowseRoot['kind'], path: string) => {
    const real = realOrNull(path);
    if (real && !roots.some((root) => root.path === real)) roots.push({ kind, path: real });
  };
  add('home', homedir());
  if (coursePath) add('course', dirname(resolve(coursePath)));
  return roots;
}

/**
 * The real path of `path` when it is (or is inside) one of `roots`; otherwise
 * PATH_OUTSIDE_ROOTS. A path that does not exist is FILE_NOT_FOUND.
 */
export function resolveInsideRoots(path: string, roots: BrowseRoot[]): string {
  if (!isAbsolute(path)) {
    throw new StudioError('PATH_OUTSIDE_ROOTS', 'Only absolute paths can be browsed.', { path });
  }
  const real = realOrNull(path);
  if (real === null) throw new StudioError('FILE_NOT_FOUND', `Nothing at ${path}.`, { path });
  if (!roots.some((root) => isInside(real, root.path))) {
    throw new StudioError(
      'PATH_OUTSIDE_ROOTS',
      'Only your home folder and the course’s folder can be browsed.',
      { path },
    );
  }
  return real;
}

/** Lists one folder (the first root when `path` is missing); see `fs.list`. */
export function listFolder(
  path: string | undefined,
  roots: BrowseRoot[],
  extensions: string[] = [],
): FolderListing {
  const first = roots[0];
  if (!first) throw new StudioError('FILE_NOT_FOUND', 'There is no folder to browse.');
  const folder = path === undefined ? first.path : resolveInsideRoots(path, roots);
  if (!statSync(folder).isDirectory()) {
    throw new StudioError('NOT_A_FOLDER', `${path ?? folder} is not a folder.`, {
      path: path ?? folder,
    });
  }
  const wanted = extensions.map((extension) => extension.toLowerCase());
  const entries: FolderEntry[] = [];
  for (const dirent of readdirSync(folder, { withFileTypes: true })) {
    // Hidden files are settings and caches, not courses; they would bury what matters.
    if (dirent.name.startsWith('.')) continue;
    const full = join(folder, dirent.name);
    let kind: FolderEntry['kind'];
    let size: number | undefined;
    try {
      // A symlink is shown as what it points to, and only when that stays inside the roots.
      const real = dirent.isSymbolicLink() ? realpathSync(full) : full;
      if (dirent.isSymbolicLink() && !roots.some((root) => isInside(real, root.path))) continue;
      const stats = statSync(real);
      if (stats.isDirectory()) kind = 'folder';
      else if (stats.isFile()) {
        kind = 'file';
        size = stats.size;
      } else continue;
    } catch {
      continue; // Unreadable or dangling: not something to open.
    }
    if (kind === 'file' && wanted.length > 0) {
      const lower = dirent.name.toLowerCase();
      if (!wanted.some((extension) => lower.endsWith(extension))) continue;
    }
    entries.push(
      size === undefined
        ? { name: dirent.name, path: full, kind }
        : { name: dirent.name, path: full, kind, size },
    );
  }
  entries.sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'folder' ? -1 : 1) ||
      a.name.localeCompare(b.name, undefined, { numeric: true, sensitivity: 'base' }),
  );
  // Up is offered while the folder above is still browsable (the course's folder may lie
  // inside home).
  const above = dirname(folder);
  const parent =
    above !== folder && roots.some((root) => isInside(above, root.path)) ? above : null;
  return { path: folder, parent, roots, entries: entries.slice(0, MAX_ENTRIES) };
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function realOrNull(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}
