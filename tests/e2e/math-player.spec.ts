/**
 * Equations in the learner player: typeset at export time, shown with KaTeX's stylesheet and
 * fonts from the package (no script of KaTeX's), read by screen readers as MathML, and free of
 * axe violations (WCAG 2.1 A / AA, as in accessibility.spec.ts).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { runExport } from '../../electron/core/export/run-export';
import { Project } from '../../electron/core/project/project';
import { createExportCourse } from '../support/export-course';
import { removeTempDirs, tempDir } from './support';

test.afterEach(() => removeTempDirs());

test('a lesson with equations passes axe in the player and carries MathML', async ({ page }) => {
  const dir = tempDir();
  const course = createExportCourse(join(dir, 'math.course'), { math: true, video: false });
  const project = Project.open(course.path);
  try {
    await runExport(project, { format: 'site', outPath: join(dir, 'site') });
  } finally {
    project.close();
  }
  const summary = course.lessonIds[3] ?? '';
  // KaTeX must not run in the learner's browser: every script request is recorded.
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(pathToFileURL(join(dir, 'site', `lesson-${summary}.html`)).href);

  const inline = page.locator('.cs-math .katex');
  await expect(inline).toBeVisible();
  await expect(inline.locator('math annotation')).toHaveText('E = mc^2');
  const display = page.locator('.cs-math-block .katex-display');
  await expect(display).toBeVisible();
  await expect(display.locator('math')).toHaveAttribute('display', 'block');
  // The stylesheet hides the MathML visually (screen readers still get it) and the fonts load.
  await expect(page.locator('.katex-mathml').first()).toHaveCSS('position', 'absolute');
  await expect.poll(() => page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
  expect(scripts.filter((url) => /katex/i.test(url))).toEqual([]);

  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
    ),
  ).toEqual([]);
});
