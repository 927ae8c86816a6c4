/** Simplified Chinese strings for export targets, damaged media and unknown lesson content. */
import type { guardEn } from './guard.en';

export const guardZhCN: Record<keyof typeof guardEn, string> = {
  'error.EXPORT_ONTO_COURSE': '这是一个课程文件。导出绝不会覆盖课程，请换一个名称。',
  'error.EXPORT_TARGET_EXISTS':
    '{path} 已存在，且不是 Course Studio 以前导出的文件，已保持原样。请换一个名称。',
  'error.EXPORT_TARGET_NOT_REGULAR':
    '{path} 是链接、设备或其他特殊文件。导出只会写入普通文件和文件夹。',
  'error.MEDIA_DAMAGED':
    '课程中有媒体已损坏（存储的数据已改变）：{assets}。请用“检查文件”查看是哪些，然后重新导入。',
  'export.replaceConfirm': '{path} 不是 Course Studio 以前导出的文件。要用本次导出替换它吗？',
  'export.replace': '替换',
  'export.warnings': '已导出，但有以下提醒：',
  'export.warning.noLessons': '课程中没有课时，导出的包是空的。',
  'export.warning.videoNotReady': '“{lesson}”：视频“{asset}”仍在处理中，未包含在导出包中。',
  'export.warning.videoMissing': '“{lesson}”：视频“{asset}”没有可播放的文件，未包含在导出包中。',
  'check.action': '检查文件',
  'check.title': '检查课程文件',
  'check.running': '正在检查每个存储的文件…',
  'check.ok': '全部完好：已检查 {files} 个存储文件。',
  'check.damaged': '已损坏的媒体（请重新导入）：',
  'check.damagedAsset': '{name} — {files}',
  'lesson.unknownContent':
    '本课时包含此版本 Course Studio 无法识别的内容（{types}）。为避免丢失，已以只读方式打开；请用更新的版本编辑。',
  'lesson.unknownBlock': '此版本无法显示的内容（{type}），已原样保留。',
};
