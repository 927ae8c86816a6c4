/**
 * Every string the player shows, in English and Simplified Chinese; the course's language picks.
 * Texts are message templates filled by the studio's one formatter (shared/format-message.ts),
 * so counts follow each language's plural rules: "1 lesson", "2 lessons", "2 课".
 */
import { formatMessage } from '../../electron/shared/format-message';
import type { CourseLanguage } from '../../electron/shared/model';

const en = {
  contents: 'Course contents',
  showContents: 'Contents',
  hideContents: 'Hide contents',
  previous: 'Previous',
  next: 'Next',
  finish: 'Finish course',
  visited: 'visited',
  lessonsDone: '{done} of {total, plural, one {# lesson} other {# lessons}}',
  score: 'Score {percent}%',
  progress: 'Course progress',
  correct: 'Correct!',
  incorrect: 'Not quite.',
  chooseAnswer: 'Choose an answer first.',
  typeAnswer: 'Type an answer first.',
  attemptsLeft: '{n, plural, one {You have # more try.} other {You have # more tries.}}',
  tryAgain: 'Change your answer and try again.',
  correctAnswer: 'Correct answer: {answer}',
  explanation: 'Explanation',
  speed: 'Speed',
  normalSpeed: 'Normal',
  questionReached: 'The video is paused: answer the question to continue.',
  continueVideo: 'Continue the video',
  videoUnavailable: 'This video cannot be played here.',
  courseComplete: 'You have completed the course.',
  summaryTitle: 'Course summary',
  yourScore: 'Your score: {percent}%',
  passingScore: 'Passing score: {percent}%',
  passed: 'You passed.',
  failed: 'You did not reach the passing score.',
  lessonMark: '{title}: {percent}% (needs {mark}%)',
  lessonMarksTitle: 'Lessons with their own passing score',
  lessonPassMark: "To pass the course, score at least {percent}% on this lesson's questions.",
  unanswered:
    '{n, plural, one {# question is still unanswered.} other {# questions are still unanswered.}}',
  unvisited: '{n, plural, one {# lesson is not opened yet.} other {# lessons are not opened yet.}}',
  finishedClose: 'Your results are saved. You can close this window.',
  previewFinished: 'This is a preview: no results are saved.',
  unansweredQuestion: '{lesson}: {question}',
  backToCourse: 'Back to the course',
  opened: 'Opened: {title}',
  trackingFailed: 'Your progress could not be saved to the learning platform.',
} as const;

type PlayerMessages = { readonly [K in keyof typeof en]: string };

const zhCN: PlayerMessages = {
  contents: '课程目录',
  showContents: '目录',
  hideContents: '隐藏目录',
  previous: '上一课',
  next: '下一课',
  finish: '完成课程',
  visited: '已学',
  lessonsDone: '已学 {done} / {total} 课',
  score: '得分 {percent}%',
  progress: '课程进度',
  correct: '回答正确！',
  incorrect: '回答不正确。',
  chooseAnswer: '请先选择答案。',
  typeAnswer: '请先填写答案。',
  attemptsLeft: '你还有 {n} 次机会。',
  tryAgain: '请修改答案后再试一次。',
  correctAnswer: '正确答案：{answer}',
  explanation: '解析',
  speed: '播放速度',
  normalSpeed: '正常',
  questionReached: '视频已暂停：回答问题后继续。',
  continueVideo: '继续播放视频',
  videoUnavailable: '此视频无法在这里播放。',
  courseComplete: '你已完成本课程。',
  summaryTitle: '课程总结',
  yourScore: '你的得分：{percent}%',
  passingScore: '及格分数：{percent}%',
  passed: '你已通过。',
  failed: '你未达到及格分数。',
  lessonMark: '{title}：{percent}%（需达到 {mark}%）',
  lessonMarksTitle: '单独设定及格分数的课时',
  lessonPassMark: '本课时的测验须达到 {percent}% 才能通过课程。',
  unanswered: '还有 {n} 道题未作答。',
  unvisited: '还有 {n} 课未学习。',
  finishedClose: '你的成绩已保存，可以关闭此窗口。',
  previewFinished: '这是预览：不会保存任何成绩。',
  unansweredQuestion: '{lesson}：{question}',
  backToCourse: '返回课程',
  opened: '已打开：{title}',
  trackingFailed: '学习进度未能保存到学习平台。',
};

/** The messages that take values, with their placeholders in the order callers pass them. */
const argumentNames = {
  lessonsDone: ['done', 'total'],
  score: ['percent'],
  attemptsLeft: ['n'],
  correctAnswer: ['answer'],
  yourScore: ['percent'],
  passingScore: ['percent'],
  lessonMark: ['title', 'percent', 'mark'],
  lessonPassMark: ['percent'],
  unanswered: ['n'],
  unvisited: ['n'],
  opened: ['title'],
  unansweredQuestion: ['lesson', 'question'],
} as const satisfies { [K in keyof PlayerMessages]?: readonly string[] };

type ArgumentNames = typeof argumentNames;
/** One value per placeholder name, in order. */
type Values<Names extends readonly string[]> = { -readonly [I in keyof Names]: string | number };

/** Plain texts as strings; messages with values as functions of those values. */
export type PlayerStrings = {
  readonly [K in keyof PlayerMessages]: K extends keyof ArgumentNames
    ? (...values: Values<ArgumentNames[K]>) => string
    : string;
};

export function playerStrings(language: CourseLanguage): PlayerStrings {
  const table = language === 'zh-CN' ? zhCN : en;
  const names: Partial<Record<string, readonly string[]>> = argumentNames;
  const strings: Record<string, unknown> = {};
  for (const [key, template] of Object.entries(table)) {
    const order = names[key];
    strings[key] = order
      ? (...values: (string | number)[]) =>
          formatMessage(
            language,
            template,
            Object.fromEntries(order.map((name, index) => [name, values[index] ?? ''])),
          )
      : template;
  }
  return strings as PlayerStrings;
}
