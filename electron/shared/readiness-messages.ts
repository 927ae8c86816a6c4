/**
 * What each readiness item says, in English and Simplified Chinese: one table read by the
 * studio's "Check course" panel and by `course-studio check`. `{name}`-style placeholders are
 * filled from the item's details.
 */
import type { ReadinessCode, ReadinessItem } from './readiness';

type Messages = Record<ReadinessCode, string>;

export const readinessMessages: Record<'en' | 'zh-CN', Messages> = {
  en: {
    QUIZ_NO_CORRECT_ANSWER: 'The question "{prompt}" has no correct answer.',
    MEDIA_NOT_READY: '"{name}" is still being imported.',
    MEDIA_FAILED: 'The import of "{name}" failed: import it again or remove it.',
    ASSET_MISSING: 'A block refers to media that is not in the course ({assetId}).',
    PACKAGE_TOO_LARGE: 'The package is about {sizeMb} MB; the platform accepts {limitMb} MB.',
    COURSE_NO_LESSONS: 'The course has no lessons.',
    LESSON_EMPTY: 'The lesson is empty.',
    IMAGE_NO_ALT: 'The image "{name}" has no alternative text for screen readers.',
    VIDEO_NO_CAPTIONS: 'The video "{name}" has no captions.',
    INSECURE_LINK: 'The link {url} uses http: the platform uses https and may block it.',
    COURSE_NO_DESCRIPTION: 'The course has no description.',
    COURSE_NO_LICENSE: 'The course has no licence.',
  },
  'zh-CN': {
    QUIZ_NO_CORRECT_ANSWER: '题目“{prompt}”没有正确答案。',
    MEDIA_NOT_READY: '“{name}”仍在导入中。',
    MEDIA_FAILED: '“{name}”导入失败：请重新导入或删除。',
    ASSET_MISSING: '有内容块引用了课程中不存在的媒体（{assetId}）。',
    PACKAGE_TOO_LARGE: '课程包约 {sizeMb} MB，平台只接受 {limitMb} MB。',
    COURSE_NO_LESSONS: '课程还没有课时。',
    LESSON_EMPTY: '该课时为空。',
    IMAGE_NO_ALT: '图片“{name}”没有供屏幕阅读器使用的替代文本。',
    VIDEO_NO_CAPTIONS: '视频“{name}”没有字幕。',
    INSECURE_LINK: '链接 {url} 使用 http：平台使用 https，可能会拦截它。',
    COURSE_NO_DESCRIPTION: '课程没有简介。',
    COURSE_NO_LICENSE: '课程没有许可协议。',
  },
};

/** The item's message in `language`, placeholders filled. */
export function readinessMessage(item: ReadinessItem, language: 'en' | 'zh-CN'): string {
  return readinessMessages[language][item.code].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in item.details ? String(item.details[key]) : whole,
  );
}
