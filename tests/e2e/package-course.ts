/**
 * Builds the shared test course once per worker and exports it in a format, extracted into a
 * folder a static server can serve. Exports go through the same core function as the CLI.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExport } from '../../electron/core/export/run-export';
import { Project } from '../../electron/core/project/project';
import type { ExportFormat, ExportOptions } from '../../electron/shared/model';
import { createExportCourse, type ExportCourse } from '../support/export-course';
import { extractZip } from '../support/zip-reader';

let course: (ExportCourse & { dir: string }) | null = null;

export function testCourse(): ExportCourse & { dir: string } {
  if (course) return course;
  const dir = mkdtempSync(join(tmpdir(), 'course-studio-packages-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  course = { ...createExportCourse(join(dir, 'physics.course')), dir };
  return course;
}

/** Exports the test course and extracts the archive; returns the folder. */
export async function exportedPackage(
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<string> {
  const { path, dir } = testCourse();
  const archive = join(dir, `${format}-${options.scoPerLesson ? 'lessons' : 'course'}.zip`);
  const project = Project.open(path);
  try {
    await runExport(project, { format, outPath: archive, options });
  } finally {
    project.close();
  }
  const folder = join(dir, `${format}-${options.scoPerLesson ? 'lessons' : 'course'}`);
  extractZip(archive, folder);
  return folder;
}
