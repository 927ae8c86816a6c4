/**
 * The file browser the web host offers in place of the system's Open / Save dialogs (a browser
 * tab has none that return paths). Only the user's home folder and the open course's folder
 * can be browsed; see core/files.
 */

/** Where browsing may start: the home folder, and the open course's folder when there is one. */
export interface BrowseRoot {
  kind: 'home' | 'course';
  path: string;
}

export interface FolderEntry {
  name: string;
  /** Absolute path, to pass back to `fs.list` or to use as a course or export path. */
  path: string;
  kind: 'folder' | 'file';
  /** Bytes, for files. */
  size?: number;
}

export interface FolderListing {
  /** The folder listed, absolute and without symlinks. */
  path: string;
  /** The folder above, or null at a root. */
  parent: string | null;
  roots: BrowseRoot[];
  /** Folders first, then files, each by name. */
  entries: FolderEntry[];
}
