/** Simplified Chinese strings of the job tray that name each kind of task. */
import type { jobsEn } from './jobs.en';

export const jobsZhCN: Record<keyof typeof jobsEn, string> = {
  'jobs.kind.media.import': '导入',
  'jobs.kind.export': '导出',
  'jobs.kind.other': '任务',
  'jobs.label': '{kind}：{title}',
  'jobs.phase.write': '正在写入',
};
