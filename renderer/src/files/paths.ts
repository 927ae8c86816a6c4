/** File paths as the browser sees them: strings from the host, joined with its separator. */

/** The last part of a path (a file name), for either separator. */
export function baseName(path: string): string {
  return (
    path
      .replace(/[\\/]+$/, '')
      .split(/[\\/]/)
      .pop() ?? ''
  );
}

/** `folder` + `name`, with the separator the folder already uses. */
export function joinPath(folder: string, name: string): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return `${folder.replace(/[\\/]+$/, '')}${separator}${name}`;
}

/** The folder a path is in. */
export function dirName(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  const at = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  return at <= 0 ? trimmed.slice(0, at + 1) || trimmed : trimmed.slice(0, at);
}
