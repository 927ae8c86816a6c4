/** Simplified Chinese strings of the lesson editor's notation and structure tools. */
import type { editingEn } from './editing.en';

export const editingZhCN: { readonly [K in keyof typeof editingEn]: string } = {
  'editor.subscript': '下标',
  'editor.superscript': '上标',
  'editor.inlineMath': '行内公式',
  'editor.mathBlock': '公式',
  'editor.specialChars': '特殊字符',

  'math.edit': '编辑公式：{latex}',
  'math.editLabel': '编辑公式',
  'math.empty': '空公式',
  'math.editor': '公式编辑器',
  'math.latex': 'LaTeX',
  'math.placeholder': '例如 E = mc^2 或 \\frac{a}{b}',
  'math.hint': '按 Enter 或 Esc 完成 · Shift+Enter 换行',

  'specialChars.title': '特殊字符',
  'specialChars.greek': '希腊字母',
  'specialChars.arrows': '箭头',
  'specialChars.symbols': '数学和科学符号',

  'table.menu': '表格选项',
  'table.menuFor': '此单元格的表格选项',
  'table.rowAbove': '在上方插入行',
  'table.rowBelow': '在下方插入行',
  'table.columnLeft': '在左侧插入列',
  'table.columnRight': '在右侧插入列',
  'table.deleteRow': '删除行',
  'table.deleteColumn': '删除列',
  'table.deleteTable': '删除表格',
  'table.headerRow': '标题行',

  'block.handle': '移动块（拖动，或按 Alt+Shift+↑ / ↓）',
  'block.moveUp': '上移块',
  'block.moveDown': '下移块',

  'paste.imagesFailed':
    '有 {count} 张粘贴的图片无法带入：复制的内容只指向它们（另一个程序所在电脑上或网络上的文件），工作室无法读取。请用“图片”按钮插入。',
  'paste.imageFailed':
    '有 1 张粘贴的图片无法带入：复制的内容只指向它（另一个程序所在电脑上或网络上的文件），工作室无法读取。请用“图片”按钮插入。',
};
