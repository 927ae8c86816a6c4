/**
 * The export formats as the dialog offers them. The facts (name, hint, suffix, per-lesson
 * option) are the shared format table's; this file only checks that every name and hint the
 * table names has a translation.
 */
import {
  exportFormatList as sharedFormatList,
  exportFormatTable,
  type ExportFormat,
  type ExportFormatSpec,
} from '../../../electron/shared/export-formats';
import type { MessageKey } from '../i18n/messages';

export interface ExportFormatInfo extends ExportFormatSpec {
  format: ExportFormat;
  label: MessageKey;
  hint: MessageKey;
}

function withMessages(spec: ExportFormatSpec): ExportFormatInfo {
  // Typed as MessageKey: a format whose label or hint is missing from en.ts fails to compile.
  const label: MessageKey = spec.labelKey;
  const hint: MessageKey = spec.hintKey;
  return { ...spec, format: spec.id, label, hint };
}

export const exportFormatList: ExportFormatInfo[] = sharedFormatList.map(withMessages);

export function exportFormatInfo(format: ExportFormat): ExportFormatInfo {
  return withMessages(exportFormatTable[format]);
}
