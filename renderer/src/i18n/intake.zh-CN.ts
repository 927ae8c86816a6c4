/** Simplified Chinese strings for reading files from outside (see intake.en.ts). */
import type { intakeEn } from './intake.en';

export const intakeZhCN: { readonly [K in keyof typeof intakeEn]: string } = {
  'error.NOT_A_FILE': '“{path}”不是普通文件。请选择一个文件，而不是文件夹、管道或设备。',

  'shell.readOnly': '只读',
  'shell.readOnlyHint': '此课程文件无法写入，所做的更改不会保存。请复制该文件或允许写入后再编辑。',

  'captions.encoding': '文字编码',
  'captions.encodingHint': '如果下面的文字显示为乱码，请选择其他编码。',
  'captions.previewTitle': '前几行',
  'captions.previewLoading': '正在读取文件…',
  'captions.previewCues': '文件中共有 {count} 条字幕',
  'captionEncoding.utf-8': 'UTF-8',
  'captionEncoding.utf-16le': 'UTF-16（小端序）',
  'captionEncoding.utf-16be': 'UTF-16（大端序）',
  'captionEncoding.gb18030': 'GB18030（简体中文）',
  'captionEncoding.big5': 'Big5（繁体中文）',
  'captionEncoding.shift_jis': 'Shift_JIS（日文）',
  'captionEncoding.euc-jp': 'EUC-JP（日文）',
  'captionEncoding.euc-kr': 'EUC-KR（韩文）',
  'captionEncoding.windows-1252': 'Windows-1252（西欧语言）',
};
