/**
 * Every fact about an export format in one table: the core picks the builder and the writer
 * from it, the CLI prints its help from it and the export dialog lists it. A new format is one
 * row here (and one builder in core/export/run-export.ts, which does not compile without it).
 */
import { StudioError } from './errors';

export const exportFormats = [
  'site',
  'scorm12',
  'scorm2004',
  'imscc11',
  'imscc13',
  'olx',
  'cmi5',
] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** How a package is written: a plain folder, a zip (also .imscc) or a gzipped tar. */
export type PackageArchive = 'folder' | 'zip' | 'tar.gz';

export interface ExportFormatSpec {
  id: ExportFormat;
  /** The UI's name for the format (renderer message key). */
  labelKey: `export.format.${ExportFormat}`;
  /** The UI's one line on what the format is for (renderer message key). */
  hintKey: `export.hint.${ExportFormat}`;
  /** `site` is a folder unless zipped (`options.zip`, or an output path ending in .zip). */
  archive: PackageArchive;
  /** SCORM and cmi5 can make one SCO / AU per lesson (`options.scoPerLesson`). */
  perLesson: boolean;
  /** Appended to the course file's name (without `.course`) for the default output path. */
  suffix: string;
  /** Endings the output path may have, lower case; empty for a folder. */
  extensions: readonly string[];
  /** English, for the CLI's help: what the package is and who imports it. */
  description: string;
}

const zip = ['.zip'] as const;

export const exportFormatTable: Readonly<Record<ExportFormat, ExportFormatSpec>> = {
  site: {
    id: 'site',
    labelKey: 'export.format.site',
    hintKey: 'export.hint.site',
    archive: 'folder',
    perLesson: false,
    suffix: '-site',
    extensions: [],
    description: 'the learner player: works from file:// and any web server',
  },
  scorm12: {
    id: 'scorm12',
    labelKey: 'export.format.scorm12',
    hintKey: 'export.hint.scorm12',
    archive: 'zip',
    perLesson: true,
    suffix: '-scorm12.zip',
    extensions: zip,
    description: 'SCORM 1.2 package',
  },
  scorm2004: {
    id: 'scorm2004',
    labelKey: 'export.format.scorm2004',
    hintKey: 'export.hint.scorm2004',
    archive: 'zip',
    perLesson: true,
    suffix: '-scorm2004.zip',
    extensions: zip,
    description: 'SCORM 2004 4th edition package',
  },
  imscc11: {
    id: 'imscc11',
    labelKey: 'export.format.imscc11',
    hintKey: 'export.hint.imscc11',
    archive: 'zip',
    perLesson: false,
    suffix: '-moodle.imscc',
    extensions: ['.imscc', '.zip'],
    description: 'IMS Common Cartridge 1.1, what Moodle imports',
  },
  imscc13: {
    id: 'imscc13',
    labelKey: 'export.format.imscc13',
    hintKey: 'export.hint.imscc13',
    archive: 'zip',
    perLesson: false,
    suffix: '-canvas.imscc',
    extensions: ['.imscc', '.zip'],
    description: 'IMS Common Cartridge 1.3, for Canvas',
  },
  olx: {
    id: 'olx',
    labelKey: 'export.format.olx',
    hintKey: 'export.hint.olx',
    archive: 'tar.gz',
    perLesson: false,
    suffix: '-openedx.tar.gz',
    extensions: ['.tar.gz', '.tgz'],
    description: 'Open edX / XuetangX course export',
  },
  cmi5: {
    id: 'cmi5',
    labelKey: 'export.format.cmi5',
    hintKey: 'export.hint.cmi5',
    archive: 'zip',
    perLesson: true,
    suffix: '-cmi5.zip',
    extensions: zip,
    description: 'cmi5 course package',
  },
};

/** The formats in the order the CLI and the dialog list them. */
export const exportFormatList: readonly ExportFormatSpec[] = exportFormats.map(
  (format) => exportFormatTable[format],
);

/** How the package for this request is written: `site` zips when asked or named `.zip`. */
export function packageArchive(
  format: ExportFormat,
  outPath: string,
  options: { zip?: boolean } = {},
): PackageArchive {
  const spec = exportFormatTable[format];
  if (spec.archive !== 'folder') return spec.archive;
  return (options.zip ?? outPath.toLowerCase().endsWith('.zip')) ? 'zip' : 'folder';
}

/** The endings an output path for this request may have; empty when any name will do. */
export function allowedExtensions(
  format: ExportFormat,
  outPath: string,
  options: { zip?: boolean } = {},
): readonly string[] {
  const spec = exportFormatTable[format];
  if (spec.archive === 'folder') {
    return packageArchive(format, outPath, options) === 'zip' ? zip : spec.extensions;
  }
  return spec.extensions;
}

/**
 * Refuses an output path whose ending says another kind of file (`--format olx --out x.zip`
 * would otherwise write a tar.gz named .zip, which no platform opens) and a per-lesson option
 * for a format that has no lessons of its own.
 */
export function checkExportRequest(request: {
  format: ExportFormat;
  outPath: string;
  options?: { zip?: boolean; scoPerLesson?: boolean };
}): void {
  const { format, outPath, options = {} } = request;
  const expected = allowedExtensions(format, outPath, options);
  const lower = outPath.toLowerCase();
  if (expected.length > 0 && !expected.some((ending) => lower.endsWith(ending))) {
    throw new StudioError(
      'EXPORT_WRONG_EXTENSION',
      `A ${format} package is written as ${expected.join(' or ')}; ${outPath} ends differently.`,
      { format, path: outPath, expected: expected.join(' / ') },
    );
  }
  if (options.scoPerLesson === true && !exportFormatTable[format].perLesson) {
    throw new StudioError(
      'INVALID_ARGUMENT',
      `${format} has no per-lesson packages; only SCORM and cmi5 do.`,
      { format },
    );
  }
}

/** `/courses/biology.course` → `/courses/biology-scorm12.zip`; Windows paths work too. */
export function defaultExportPath(
  coursePath: string,
  format: ExportFormat,
  zipSite: boolean,
): string {
  const cut = Math.max(coursePath.lastIndexOf('/'), coursePath.lastIndexOf('\\'));
  const dir = coursePath.slice(0, cut + 1);
  const base = coursePath.slice(cut + 1).replace(/\.course$/i, '') || 'course';
  const suffix = format === 'site' && zipSite ? '-site.zip' : exportFormatTable[format].suffix;
  return `${dir}${base}${suffix}`;
}
