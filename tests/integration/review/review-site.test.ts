/**
 * The offline review site's files (issue 12): every page of the exported site loads the
 * comment layer, the course data the layer reads cannot break out of its script, and a zip
 * holds the same files as the folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Project } from '../../../electron/core/project/project';
import { writeReviewSite } from '../../../electron/core/review/review-site';
import { createExportCourse, trickyTitle } from '../../support/export-course';
import { tempDir } from '../../support/temp';
import { readZip } from '../../support/zip-reader';

describe('review site', () => {
  it('adds the layer to every page, escapes the course data, and zips the same files', async () => {
    const dir = tempDir();
    const course = createExportCourse(join(dir, 'c.course'));
    const project = Project.open(course.path);
    try {
      const folder = await writeReviewSite(project, { outPath: join(dir, 'site') });
      const zip = await writeReviewSite(project, { outPath: join(dir, 'site.zip') });

      const files = readdirSync(folder.path, { recursive: true, encoding: 'utf8' }).filter((name) =>
        name.includes('.'),
      );
      const pages = files.filter((name) => name.endsWith('.html'));
      expect(pages).toHaveLength(course.lessonIds.length + 1);
      for (const page of pages) {
        const html = readFileSync(join(folder.path, page), 'utf8');
        expect(html).toContain(
          '<script src="review/review-data.js" defer></script>\n<script src="review/review-layer.js" defer></script>\n</body>',
        );
      }
      const data = readFileSync(join(folder.path, 'review/review-data.js'), 'utf8');
      // The title holds "<b>": no "<" may reach the script, so no "</script>" can either.
      expect(data).not.toContain('<');
      const parsed = JSON.parse(
        data.replace(/^window\.courseStudioReview = /, '').replace(/;\n$/, ''),
      ) as { packageId: string; title: string; lessons: { id: string; href: string }[] };
      expect(parsed.title).toBe(trickyTitle);
      expect(parsed.packageId).toMatch(/^[0-9a-f]{32}$/);
      expect(parsed.lessons.map((lesson) => lesson.id)).toEqual(course.lessonIds);
      // No HLS from file://: only the progressive MP4 travels.
      expect(files.some((name) => name.includes('hls/'))).toBe(false);
      expect(files.some((name) => name.endsWith('video.mp4'))).toBe(true);

      const entries = readZip(zip.path).map((entry) => entry.name);
      // The folder also holds its export manifest (what a re-export may replace); a zip does not.
      const shipped = files.filter((name) => name !== '.course-studio-export.json');
      expect(entries.sort()).toEqual(shipped.map((name) => name.split('\\\\').join('/')).sort());
    } finally {
      project.close();
    }
  });
});
