/** Simplified Chinese strings of the teacher walkthrough fixes: outline undo, the file browser. */
import type { teacherEn } from './teacher.en';

export const teacherZhCN: { readonly [K in keyof typeof teacherEn]: string } = {
  'quiz.shuffle': '为每位学员打乱选项顺序',

  'outline.deleted': '已删除“{title}”。',
  'outline.undo': '撤销',
  'outline.restored': '已恢复“{title}”。',

  'files.title': '选择文件夹',
  'files.openTitle': '打开课程',
  'files.location': '当前位置',
  'files.up': '上一级文件夹',
  'files.home': '主文件夹',
  'files.courseFolder': '课程所在文件夹',
  'files.empty': '这里没有可显示的内容。',
  'files.loading': '正在加载…',
  'files.choose': '选择此文件夹',
  'files.open': '打开',
  'files.folder': '文件夹',

  'export.showInFolder': '在文件夹中显示',
  'export.download': '下载',

  'error.UNDO_EXPIRED': '该删除已无法撤销。',
  'error.UNDO_PARENT_GONE': '“{title}”所在的单元也已被删除。',
  'error.PATH_OUTSIDE_ROOTS': '只能浏览你的主文件夹和课程所在的文件夹。',
  'error.NOT_A_FOLDER': '这是文件，不是文件夹。',
};
