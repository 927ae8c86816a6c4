/** Suggests where a new course file goes: the default course folder plus a file-safe title. */

// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const unsafeInFileNames = /[\\/:*?"<>|\u0000-\u001f]+/g;

export function suggestedCoursePath(
  defaultCourseDir: string,
  title: string,
  platform: string,
  /** The file name to use while the title is still empty, in the UI language. */
  untitled: string,
): string {
  const separator = platform === 'win32' ? '\\' : '/';
  const name = title
    .replace(unsafeInFileNames, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const dir = defaultCourseDir.replace(/[\\/]+$/, '');
  return `${dir}${separator}${name || untitled}.course`;
}
