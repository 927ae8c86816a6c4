/**
 * The export formats as the dialog offers them: name, what they are for, the file they write
 * and which options apply, plus the default output path next to the course file.
 */
import { exportFormats, type ExportFormat } from '../../../electron/shared/model';
import type { MessageKey } from '../i18n/messages';

export interface ExportFormatInfo {
  format: ExportFormat;
  label: MessageKey;
  hint: MessageKey;
  /** Appended to the course file's name (without `.course`). */
  suffix: string;
  /** SCORM and cmi5 can make one SCO / AU per lesson. */
  perLesson: boolean;
}

const info: Record<ExportFormat, Omit<ExportFormatInfo, 'format'>> = {
  site: {
    label: 'export.format.site',
    hint: 'export.hint.site',
    suffix: '-site',
    perLesson: false,
  },
  scorm12: {
    label: 'export.format.scorm12',
    hint: 'export.hint.scorm12',
    suffix: '-scorm12.zip',
    perLesson: true,
  },
  scorm2004: {
    label: 'export.format.scorm2004',
    hint: 'export.hint.scorm2004',
    suffix: '-scorm2004.zip',
    perLesson: true,
  },
  imscc11: {
    label: 'export.format.imscc11',
    hint: 'export.hint.imscc11',
    suffix: '-moodle.imscc',
    perLesson: false,
  },
  imscc13: {
    label: 'export.format.imscc13',
    hint: 'export.hint.imscc13',
    suffix: '-canvas.imscc',
    perLesson: false,
  },
  olx: {
    label: 'export.format.olx',
    hint: 'export.hint.olx',
    suffix: '-openedx.tar.gz',
    perLesson: false,
  },
  cmi5: {
    label: 'export.format.cmi5',
    hint: 'export.hint.cmi5',
    suffix: '-cmi5.zip',
    perLesson: true,
  },
};

export const exportFormatList: ExportFormatInfo[] = exportFormats.map((format) => ({
  format,
  ...info[format],
}));

export function exportFormatInfo(format: ExportFormat): ExportFormatInfo {
  return { format, ...info[format] };
}

/**
 * `/courses/biology.course` → `/courses/biology-scorm12.zip`; a site is a folder unless zipped.
 * Works on Windows paths too: the renderer has no path module.
 */
export function defaultExportPath(
  coursePath: string,
  format: ExportFormat,
  zipSite: boolean,
): string {
  const cut = Math.max(coursePath.lastIndexOf('/'), coursePath.lastIndexOf('\\'));
  const dir = coursePath.slice(0, cut + 1);
  const base = coursePath.slice(cut + 1).replace(/\.course$/i, '') || 'course';
  const suffix = format === 'site' && zipSite ? '-site.zip' : info[format].suffix;
  return `${dir}${base}${suffix}`;
}
