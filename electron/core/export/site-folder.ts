/**
 * Re-exporting a site into the folder of an earlier export. The folder is the user's: they may
 * have put notes or their own pages next to the export. Only the files the earlier export
 * wrote (its manifest) are removed or replaced; a file of theirs that the new export would
 * replace stops the export before anything is touched. Unlike a package file, this is not one
 * atomic rename: a crash midway leaves a mix of old and new export files, never a loss of theirs.
 */
import { lstatSync, mkdirSync, readdirSync, renameSync, rmdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { StudioError } from '../../shared/errors';
import { SITE_MANIFEST } from './output-guard';

/** The manifest a site folder keeps: every file the export wrote, itself included. */
export function siteManifest(files: string[]): Buffer {
  const listed = [...new Set([...files, SITE_MANIFEST])].sort();
  return Buffer.from(
    `${JSON.stringify({ exportedBy: 'Course Studio', files: listed }, null, 1)}\n`,
  );
}

/**
 * Moves the freshly written export in `temporary` into `target`, which holds an earlier export.
 * `earlierFiles` is what that export wrote, or null for an export older than the manifest, whose
 * files are recognised only by sharing a path with the new one (nothing else is removed).
 */
export function mergeSiteFolder(
  temporary: string,
  target: string,
  earlierFiles: string[] | null,
): void {
  const written = listFiles(temporary).sort((a, b) =>
    // The manifest goes last: until it is in place the old one still names the old files.
    a === SITE_MANIFEST ? 1 : b === SITE_MANIFEST ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
  const owned = new Set(earlierFiles ?? []);
  owned.add(SITE_MANIFEST);
  for (const file of written) {
    const kind = entryKind(target, file);
    const theirs = kind === 'file' && earlierFiles !== null && !owned.has(file);
    if (kind === 'unsafe' || kind === 'folder' || theirs) {
      throw new StudioError(
        'EXPORT_TARGET_EXISTS',
        `${join(target, file)} is not a file of the earlier export; the export would replace it.`,
        { path: join(target, file), replaceable: false },
      );
    }
  }
  const keep = new Set(written);
  const emptied = new Set<string>();
  for (const file of earlierFiles ?? []) {
    if (keep.has(file) || entryKind(target, file) !== 'file') continue;
    unlinkSync(join(target, file));
    const parts = file.split('/');
    for (let depth = parts.length - 1; depth > 0; depth -= 1) {
      emptied.add(parts.slice(0, depth).join('/'));
    }
  }
  for (const file of written) {
    const parts = file.split('/');
    if (parts.length > 1) mkdirSync(join(target, ...parts.slice(0, -1)), { recursive: true });
    renameSync(join(temporary, ...parts), join(target, ...parts));
  }
  // Folders the earlier export made and that hold nothing now, deepest first.
  for (const folder of [...emptied].sort((a, b) => b.length - a.length)) {
    const path = join(target, ...folder.split('/'));
    try {
      if (readdirSync(path).length === 0) rmdirSync(path);
    } catch {
      // Gone already, or not a folder of ours: left as it is.
    }
  }
}

/**
 * What is at `file` inside `root`: 'unsafe' when it, or a folder on the way, is a link or
 * anything but a plain file or folder (writing there would reach outside the site).
 */
function entryKind(root: string, file: string): 'absent' | 'file' | 'folder' | 'unsafe' {
  const parts = file.split('/');
  for (let depth = 1; depth <= parts.length; depth += 1) {
    let stats;
    try {
      stats = lstatSync(join(root, ...parts.slice(0, depth)));
    } catch {
      return 'absent';
    }
    const last = depth === parts.length;
    if (stats.isSymbolicLink()) return 'unsafe';
    if (!last && !stats.isDirectory()) return 'unsafe';
    if (last) return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'unsafe';
  }
  return 'absent';
}

function listFiles(root: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listFiles(root, path));
    else files.push(path);
  }
  return files;
}
