/** Simplified Chinese strings for reading files from outside (see intake.en.ts). */
import type { intakeEn } from './intake.en';

export const intakeZhCN: { readonly [K in keyof typeof intakeEn]: string } = {
  'error.NOT_A_FILE': '“{path}”不是普通文件。请选择一个文件，而不是文件夹、管道或设备。',
};
