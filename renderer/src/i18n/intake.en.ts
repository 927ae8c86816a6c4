/** English strings for reading files from outside: refused paths and the captions preview. */
export const intakeEn = {
  'error.NOT_A_FILE':
    '“{path}” is not a regular file. Choose a file, not a folder, pipe or device.',
} as const;
