/** The review layer's words in English and Simplified Chinese; the course's language picks. */
const en = {
  panel: 'Review comments',
  yourName: 'Your name',
  comment: 'Comment',
  pinTo: 'Pinned to',
  pinLesson: 'This lesson',
  pinText: (quote: string) => `Selected text: "${quote}"`,
  pinVideo: (time: string) => `Video at ${time}`,
  pinQuiz: (n: number) => `Question ${n}`,
  add: 'Add comment',
  save: 'Save comments',
  saved: (n: number) => `${n} comments saved to a file. Send it to the author.`,
  none: 'No comments on this page yet.',
  needName: 'Type your name first.',
  needText: 'Type a comment first.',
  onIndex: 'Open a lesson to comment on it.',
  hide: 'Hide',
  show: 'Comments',
};

export type ReviewLayerStrings = typeof en;

const zhCN: ReviewLayerStrings = {
  panel: '审阅批注',
  yourName: '你的名字',
  comment: '批注',
  pinTo: '位置',
  pinLesson: '本课',
  pinText: (quote) => `选中的文字：“${quote}”`,
  pinVideo: (time) => `视频 ${time} 处`,
  pinQuiz: (n) => `第 ${n} 题`,
  add: '添加批注',
  save: '保存批注',
  saved: (n) => `已将 ${n} 条批注保存为文件，请发送给作者。`,
  none: '本页还没有批注。',
  needName: '请先输入你的名字。',
  needText: '请先输入批注内容。',
  onIndex: '打开一课后即可添加批注。',
  hide: '隐藏',
  show: '批注',
};

export function reviewLayerStrings(language: string): ReviewLayerStrings {
  return language === 'zh-CN' ? zhCN : en;
}
