/**
 * The few words the renderer itself writes into a lesson (quiz buttons, true / false), in the
 * course's language. The player's own interface strings live with the player.
 */
import { formatMessage } from '../format-message';
import type { CourseLanguage } from '../model';

export interface ContentLabels {
  checkAnswer: string;
  yourAnswer: string;
  trueLabel: string;
  falseLabel: string;
  points(points: number): string;
  chapters: string;
  video: string;
  questionAt(time: string): string;
}

const labels: Record<CourseLanguage, ContentLabels> = {
  en: {
    checkAnswer: 'Check answer',
    yourAnswer: 'Your answer',
    trueLabel: 'True',
    falseLabel: 'False',
    points: (points) =>
      formatMessage('en', '{points, plural, one {# point} other {# points}}', { points }),
    chapters: 'Chapters',
    video: 'Video',
    questionAt: (time) => `Question at ${time}`,
  },
  'zh-CN': {
    checkAnswer: '提交答案',
    yourAnswer: '你的答案',
    trueLabel: '正确',
    falseLabel: '错误',
    points: (points) => formatMessage('zh-CN', '{points} 分', { points }),
    chapters: '章节',
    video: '视频',
    questionAt: (time) => `${time} 处的问题`,
  },
};

export function contentLabels(language: CourseLanguage | undefined): ContentLabels {
  return labels[language ?? 'en'] ?? labels.en;
}
