/**
 * The export-format table: every format has one row whose keys the UI translates, and the
 * rules read from it (archive, allowed endings, default path, per-lesson option).
 */
import { describe, expect, it } from 'vitest';
import {
  allowedExtensions,
  checkExportRequest,
  defaultExportPath,
  exportFormatList,
  exportFormats,
  packageArchive,
} from '../../../electron/shared/export-formats';
import { StudioError } from '../../../electron/shared/errors';
import { en } from '../../../renderer/src/i18n/en';
import { zhCN } from '../../../renderer/src/i18n/zh-CN';

function refusal(request: Parameters<typeof checkExportRequest>[0]): StudioError | null {
  try {
    checkExportRequest(request);
    return null;
  } catch (error) {
    return StudioError.from(error);
  }
}

describe('export format table', () => {
  it('has one row per format, in order, with translated labels and hints', () => {
    expect(exportFormatList.map((spec) => spec.id)).toEqual([...exportFormats]);
    for (const spec of exportFormatList) {
      for (const table of [en, zhCN] as Record<string, string>[]) {
        expect(table[spec.labelKey], spec.labelKey).toBeTruthy();
        expect(table[spec.hintKey], spec.hintKey).toBeTruthy();
      }
      // The default file name is one the format accepts.
      const path = defaultExportPath('/courses/bio.course', spec.id, false);
      expect(refusal({ format: spec.id, outPath: path }), path).toBeNull();
    }
  });

  it('says how each request is written', () => {
    expect(packageArchive('olx', 'x.tar.gz')).toBe('tar.gz');
    expect(packageArchive('imscc11', 'x.imscc')).toBe('zip');
    expect(packageArchive('site', 'out')).toBe('folder');
    expect(packageArchive('site', 'out.ZIP')).toBe('zip');
    expect(packageArchive('site', 'out.zip', { zip: false })).toBe('folder');
    expect(packageArchive('site', 'out', { zip: true })).toBe('zip');
    expect(allowedExtensions('site', 'out')).toEqual([]);
    expect(allowedExtensions('site', 'out', { zip: true })).toEqual(['.zip']);
  });

  it('refuses an output name that says another kind of file', () => {
    expect(refusal({ format: 'olx', outPath: '/tmp/x.zip' })).toMatchObject({
      code: 'EXPORT_WRONG_EXTENSION',
      details: { format: 'olx', path: '/tmp/x.zip', expected: '.tar.gz / .tgz' },
    });
    expect(refusal({ format: 'scorm12', outPath: 'x.tar.gz' })?.code).toBe(
      'EXPORT_WRONG_EXTENSION',
    );
    expect(refusal({ format: 'site', outPath: 'site', options: { zip: true } })?.code).toBe(
      'EXPORT_WRONG_EXTENSION',
    );
    expect(refusal({ format: 'olx', outPath: 'X.TGZ' })).toBeNull();
    expect(refusal({ format: 'imscc13', outPath: 'canvas.zip' })).toBeNull();
    expect(refusal({ format: 'site', outPath: 'folder' })).toBeNull();
  });

  it('offers one package per lesson only where the format has it', () => {
    expect(exportFormatList.filter((spec) => spec.perLesson).map((spec) => spec.id)).toEqual([
      'scorm12',
      'scorm2004',
      'cmi5',
    ]);
    expect(
      refusal({ format: 'olx', outPath: 'x.tar.gz', options: { scoPerLesson: true } })?.code,
    ).toBe('INVALID_ARGUMENT');
    expect(
      refusal({ format: 'cmi5', outPath: 'x.zip', options: { scoPerLesson: true } }),
    ).toBeNull();
  });

  it('puts the default output next to the course, on Windows paths too', () => {
    expect(defaultExportPath('/courses/biology.course', 'scorm12', false)).toBe(
      '/courses/biology-scorm12.zip',
    );
    expect(defaultExportPath('C:\\Courses\\bio.course', 'olx', false)).toBe(
      'C:\\Courses\\bio-openedx.tar.gz',
    );
    expect(defaultExportPath('bio.course', 'site', true)).toBe('bio-site.zip');
    expect(defaultExportPath('bio.course', 'site', false)).toBe('bio-site');
  });
});
