/** Simplified Chinese for errors.en.ts. */
import type { errorsEn } from './errors.en';

export const errorsZhCN = {
  'error.NO_PERMISSION': 'Course Studio 没有权限使用 {path}。请选择其他位置，或更改其权限。',
  'error.NAME_TOO_LONG': '名称 {path} 对此磁盘来说过长。请换一个较短的名称。',
  'error.EXPORT_WRONG_EXTENSION':
    '此格式保存为 {expected} 文件。请将文件名改为以 {expected} 结尾。',
} as const satisfies Record<keyof typeof errorsEn, string>;
