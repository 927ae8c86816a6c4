/**
 * What the studio and the CLI tell a teacher about a publish that the platform cannot finish
 * alone (Moodle), in English and Simplified Chinese: one table for both. Placeholders come
 * from the step's params.
 */
import type { PublishStep } from './publish';

type StepKey =
  | 'moodle.step.openCourse'
  | 'moodle.step.addScorm'
  | 'moodle.step.restoreCartridge'
  | 'moodle.step.pickPackage'
  | 'moodle.step.grade';

export const publishStepMessages: Record<'en' | 'zh-CN', Record<StepKey, string>> = {
  en: {
    'moodle.step.openCourse': 'Open your course in Moodle: {url}',
    'moodle.step.addScorm':
      'Turn editing on, then choose "Add an activity or resource" > "SCORM package".',
    'moodle.step.restoreCartridge':
      'Choose "More" > "Course reuse" > "Restore" and upload the cartridge.',
    'moodle.step.pickPackage': 'Upload the package {file} (kept at {path}) as the package file.',
    'moodle.step.grade': 'Under "Grade", keep "Grading method: Highest grade", then save.',
  },
  'zh-CN': {
    'moodle.step.openCourse': '在 Moodle 中打开你的课程：{url}',
    'moodle.step.addScorm': '打开编辑模式，然后选择“添加活动或资源”>“SCORM 课件包”。',
    'moodle.step.restoreCartridge': '选择“更多”>“课程重用”>“恢复”，然后上传课程包。',
    'moodle.step.pickPackage': '上传课程包文件 {file}（保存在 {path}）。',
    'moodle.step.grade': '在“成绩”中保留“评分方法：最高分”，然后保存。',
  },
};

/** The step's sentence in `language`, placeholders filled; an unknown step shows its key. */
export function publishStepText(step: PublishStep, language: 'en' | 'zh-CN'): string {
  const template = (publishStepMessages[language] as Record<string, string>)[step.key] ?? step.key;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => step.params[key] ?? whole);
}
