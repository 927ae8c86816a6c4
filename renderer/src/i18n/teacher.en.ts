/** English strings of the teacher walkthrough fixes: outline undo, the file browser. */
export const teacherEn = {
  'quiz.shuffle': 'Shuffle the choices for each learner',

  'outline.deleted': '“{title}” was deleted.',
  'outline.undo': 'Undo',
  'outline.restored': '“{title}” is back.',

  'files.title': 'Choose a folder',
  'files.openTitle': 'Open a course',
  'files.location': 'Looking in',
  'files.up': 'Up one folder',
  'files.home': 'Home',
  'files.courseFolder': 'Course folder',
  'files.empty': 'Nothing to show here.',
  'files.loading': 'Loading…',
  'files.choose': 'Choose this folder',
  'files.open': 'Open',
  'files.folder': 'Folder',

  'export.showInFolder': 'Show in folder',
  'export.download': 'Download',

  'error.UNDO_EXPIRED': 'That deletion can no longer be undone.',
  'error.UNDO_PARENT_GONE': 'The section “{title}” was in has been deleted too.',
  'error.PATH_OUTSIDE_ROOTS': 'Only your home folder and the course’s folder can be browsed.',
  'error.NOT_A_FOLDER': 'That is a file, not a folder.',
} as const;
