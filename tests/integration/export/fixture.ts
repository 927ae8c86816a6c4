/** One test course per test file, exported on demand; cleaned up after the file. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { runExport } from '../../../electron/core/export/run-export';
import { Project } from '../../../electron/core/project/project';
import type { ExportFormat, ExportOptions, ExportResult } from '../../../electron/shared/model';
import { createExportCourse, type ExportCourse } from '../../support/export-course';
import { readZip } from '../../support/zip-reader';

export interface ExportFixture {
  dir: string;
  course: ExportCourse;
  exportTo(format: ExportFormat, name: string, options?: ExportOptions): Promise<ExportResult>;
  /** Exports as a zip and extracts it; returns the folder and the files by path. */
  exportZip(
    format: ExportFormat,
    name: string,
    options?: ExportOptions,
  ): Promise<{ folder: string; files: Map<string, Buffer> }>;
}

export function exportFixture(
  options: Parameters<typeof createExportCourse>[1] = {},
): ExportFixture {
  const dir = mkdtempSync(join(tmpdir(), 'course-studio-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let course: ExportCourse | null = null;
  const fixture: ExportFixture = {
    dir,
    get course() {
      course ??= createExportCourse(join(dir, 'test.course'), options);
      return course;
    },
    async exportTo(format, name, exportOptions = {}) {
      const project = Project.open(fixture.course.path);
      try {
        return await runExport(project, {
          format,
          outPath: join(dir, name),
          options: exportOptions,
        });
      } finally {
        project.close();
      }
    },
    async exportZip(format, name, exportOptions = {}) {
      const result = await fixture.exportTo(format, name, exportOptions);
      const folder = join(dir, `${name}.d`);
      const files = new Map<string, Buffer>();
      for (const entry of readZip(result.path)) {
        files.set(entry.name, entry.data);
        mkdirSync(dirname(join(folder, entry.name)), { recursive: true });
        writeFileSync(join(folder, entry.name), entry.data);
      }
      return { folder, files };
    },
  };
  return fixture;
}
