/**
 * Messages of the errors that file operations map to (shared/errors.ts `toStudioError`) and of
 * the export-format table's path check. Placeholders are the code's details (`{path}`).
 */
export const errorsEn = {
  'error.NO_PERMISSION':
    'Course Studio has no permission to use {path}. Choose another place or change its permissions.',
  'error.NAME_TOO_LONG': 'The name {path} is too long for this disk. Choose a shorter name.',
  'error.EXPORT_WRONG_EXTENSION':
    'This format is saved as a {expected} file. Change the file name to end in {expected}.',
} as const;
