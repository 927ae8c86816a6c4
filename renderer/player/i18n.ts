/** Every string the player shows, in English and Simplified Chinese; the course's language picks. */
import type { CourseLanguage } from '../../electron/shared/model';

const en = {
  contents: 'Course contents',
  showContents: 'Contents',
  hideContents: 'Hide contents',
  previous: 'Previous',
  next: 'Next',
  finish: 'Finish course',
  visited: 'visited',
  lessonsDone: (done: number, total: number) => `${done} of ${total} lessons`,
  score: (percent: number) => `Score ${percent}%`,
  progress: 'Course progress',
  correct: 'Correct!',
  incorrect: 'Not quite.',
  chooseAnswer: 'Choose an answer first.',
  typeAnswer: 'Type an answer first.',
  attemptsLeft: (n: number) => (n === 1 ? 'You have 1 more try.' : `You have ${n} more tries.`),
  tryAgain: 'Change your answer and try again.',
  correctAnswer: (answer: string) => `Correct answer: ${answer}`,
  explanation: 'Explanation',
  speed: 'Speed',
  normalSpeed: 'Normal',
  questionReached: 'The video is paused: answer the question to continue.',
  continueVideo: 'Continue the video',
  videoUnavailable: 'This video cannot be played here.',
  courseComplete: 'You have completed the course.',
  summaryTitle: 'Course summary',
  yourScore: (percent: number) => `Your score: ${percent}%`,
  passingScore: (percent: number) => `Passing score: ${percent}%`,
  passed: 'You passed.',
  failed: 'You did not reach the passing score.',
  lessonMark: (title: string, percent: number, mark: number) =>
    `${title}: ${percent}% (needs ${mark}%)`,
  lessonMarksTitle: 'Lessons with their own passing score',
  lessonPassMark: (percent: number) =>
    `To pass the course, score at least ${percent}% on this lesson's questions.`,
  unanswered: (n: number) =>
    n === 1 ? '1 question is still unanswered.' : `${n} questions are still unanswered.`,
  unvisited: (n: number) =>
    n === 1 ? '1 lesson is not opened yet.' : `${n} lessons are not opened yet.`,
  finishedClose: 'Your results are saved. You can close this window.',
  backToCourse: 'Back to the course',
  opened: (title: string) => `Opened: ${title}`,
  trackingFailed: 'Your progress could not be saved to the learning platform.',
};

export type PlayerStrings = typeof en;

const zhCN: PlayerStrings = {
  contents: '课程目录',
  showContents: '目录',
  hideContents: '隐藏目录',
  previous: '上一课',
  next: '下一课',
  finish: '完成课程',
  visited: '已学',
  lessonsDone: (done, total) => `已学 ${done} / ${total} 课`,
  score: (percent) => `得分 ${percent}%`,
  progress: '课程进度',
  correct: '回答正确！',
  incorrect: '回答不正确。',
  chooseAnswer: '请先选择答案。',
  typeAnswer: '请先填写答案。',
  attemptsLeft: (n) => `你还有 ${n} 次机会。`,
  tryAgain: '请修改答案后再试一次。',
  correctAnswer: (answer) => `正确答案：${answer}`,
  explanation: '解析',
  speed: '播放速度',
  normalSpeed: '正常',
  questionReached: '视频已暂停：回答问题后继续。',
  continueVideo: '继续播放视频',
  videoUnavailable: '此视频无法在这里播放。',
  courseComplete: '你已完成本课程。',
  summaryTitle: '课程总结',
  yourScore: (percent) => `你的得分：${percent}%`,
  passingScore: (percent) => `及格分数：${percent}%`,
  passed: '你已通过。',
  failed: '你未达到及格分数。',
  lessonMark: (title, percent, mark) => `${title}：${percent}%（需达到 ${mark}%）`,
  lessonMarksTitle: '单独设定及格分数的课时',
  lessonPassMark: (percent) => `本课时的测验须达到 ${percent}% 才能通过课程。`,
  unanswered: (n) => `还有 ${n} 道题未作答。`,
  unvisited: (n) => `还有 ${n} 课未学习。`,
  finishedClose: '你的成绩已保存，可以关闭此窗口。',
  backToCourse: '返回课程',
  opened: (title) => `已打开：${title}`,
  trackingFailed: '学习进度未能保存到学习平台。',
};

export function playerStrings(language: CourseLanguage): PlayerStrings {
  return language === 'zh-CN' ? zhCN : en;
}
