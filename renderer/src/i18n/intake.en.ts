/** English strings for reading files from outside: refused paths and the captions preview. */
export const intakeEn = {
  'error.NOT_A_FILE':
    '“{path}” is not a regular file. Choose a file, not a folder, pipe or device.',

  'shell.readOnly': 'Read-only',
  'shell.readOnlyHint':
    'This course file cannot be written, so changes are not saved. Copy it, or allow writing to it, to edit it.',

  'captions.encoding': 'Text encoding',
  'captions.encodingHint': 'If the lines below look garbled, choose another encoding.',
  'captions.previewTitle': 'First lines',
  'captions.previewLoading': 'Reading the file…',
  'captions.previewCues': '{count} captions in the file',
  'captionEncoding.utf-8': 'UTF-8',
  'captionEncoding.utf-16le': 'UTF-16 (little-endian)',
  'captionEncoding.utf-16be': 'UTF-16 (big-endian)',
  'captionEncoding.gb18030': 'GB18030 (Simplified Chinese)',
  'captionEncoding.big5': 'Big5 (Traditional Chinese)',
  'captionEncoding.shift_jis': 'Shift_JIS (Japanese)',
  'captionEncoding.euc-jp': 'EUC-JP (Japanese)',
  'captionEncoding.euc-kr': 'EUC-KR (Korean)',
  'captionEncoding.windows-1252': 'Windows-1252 (Western European)',
} as const;
