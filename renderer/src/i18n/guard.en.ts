/** English strings for what keeps the user's work safe: export targets, damaged media, unknown lesson content. */
export const guardEn = {
  'error.EXPORT_ONTO_COURSE':
    'That is a course file. An export never replaces a course; choose another name.',
  'error.EXPORT_TARGET_EXISTS':
    '{path} is already there and is not an earlier export of Course Studio, so it was left as it was. Choose another name.',
  'error.EXPORT_TARGET_NOT_REGULAR':
    '{path} is a link, device or other special file. Exports are written only to ordinary files and folders.',
  'error.MEDIA_DAMAGED':
    'Some media in this course is damaged (its stored bytes changed): {assets}. Use “Check file” to see which, then import those files again.',
  'export.replaceConfirm':
    '{path} is not an earlier export of Course Studio. Replace it with this export?',
  'export.replace': 'Replace',
  'export.warnings': 'Exported, with warnings:',
  'export.warning.noLessons': 'The course has no lessons, so the package is empty.',
  'export.warning.videoNotReady':
    '“{lesson}”: the video “{asset}” is still being prepared and is missing from the package.',
  'export.warning.videoMissing':
    '“{lesson}”: its video “{asset}” has no playable file and is missing from the package.',
  'check.action': 'Check file',
  'check.title': 'Check the course file',
  'check.running': 'Checking every stored file…',
  'check.ok': 'Everything is intact: {files} stored files checked.',
  'check.damaged': 'Damaged media (import these again):',
  'check.damagedAsset': '{name} — {files}',
  'lesson.unknownContent':
    'This lesson holds content this version of Course Studio does not know ({types}). It is open read-only so that nothing is lost; open it in a newer version to edit it.',
  'lesson.unknownBlock': 'Content this version cannot show ({type}); kept unchanged.',
};
