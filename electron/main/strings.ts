/**
 * Every string the main process shows: menus, dialogs, startup errors. The renderer has its
 * own i18n; main only needs this small table, picked once from the system locale.
 */

const en = {
  file: 'File',
  newCourse: 'New Course…',
  openCourse: 'Open Course…',
  settings: 'Settings…',
  closeWindow: 'Close Window',
  quit: 'Quit Course Studio',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: 'View',
  reload: 'Reload',
  toggleDevTools: 'Toggle Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  toggleFullScreen: 'Toggle Full Screen',
  window: 'Window',
  minimize: 'Minimize',
  zoom: 'Zoom',
  help: 'Help',
  about: 'About Course Studio',
  courseFiles: 'Course Studio courses',
  saveCourseTitle: 'Create Course',
  openCourseTitle: 'Open Course',
  exportTitle: 'Export Course To',
  exportFolderTitle: 'Choose a Folder for the Website',
  startFailedTitle: 'Course Studio could not start',
  nativeHint:
    'The SQLite module for Electron may be missing. Run `node packaging/build-native-electron.mjs`, or use `npm run web`.',
  openFailedTitle: 'Could not open the course',
};

export type MainStrings = typeof en;

const zhCN: MainStrings = {
  file: '文件',
  newCourse: '新建课程…',
  openCourse: '打开课程…',
  settings: '设置…',
  closeWindow: '关闭窗口',
  quit: '退出 Course Studio',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  view: '视图',
  reload: '重新加载',
  toggleDevTools: '切换开发者工具',
  resetZoom: '实际大小',
  zoomIn: '放大',
  zoomOut: '缩小',
  toggleFullScreen: '切换全屏',
  window: '窗口',
  minimize: '最小化',
  zoom: '缩放',
  help: '帮助',
  about: '关于 Course Studio',
  courseFiles: 'Course Studio 课程',
  saveCourseTitle: '创建课程',
  openCourseTitle: '打开课程',
  exportTitle: '将课程导出到',
  exportFolderTitle: '选择网站的文件夹',
  startFailedTitle: 'Course Studio 无法启动',
  nativeHint:
    '可能缺少适用于 Electron 的 SQLite 模块。请运行 `node packaging/build-native-electron.mjs`，或改用 `npm run web`。',
  openFailedTitle: '无法打开课程',
};

/** Picks the table for a Chromium locale such as "zh-CN", "zh-TW" or "en-US". */
export function mainStrings(locale: string): MainStrings {
  return locale.toLowerCase().startsWith('zh') ? zhCN : en;
}
