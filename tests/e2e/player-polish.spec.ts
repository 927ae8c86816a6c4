/**
 * The learner player's rough edges, in a `site` export opened from file:// on a phone: one
 * title per lesson, a Contents toggle whose label follows the drawer, a progress bar that
 * agrees with "N of M", "(visited)" for screen readers only, heading sizes in proportion,
 * shuffled choices, and a summary that links to the questions still unanswered.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { runExport } from '../../electron/core/export/run-export';
import { now } from '../../electron/core/project/ids';
import { insertLessonDocument } from '../../electron/core/project/lesson-repo';
import { addLessonNode, getOutline } from '../../electron/core/project/outline-repo';
import { Project } from '../../electron/core/project/project';
import type { SerializedNode } from '../../electron/shared/model';
import { createExportCourse } from '../support/export-course';

const text = (value: string): SerializedNode => ({ type: 'text', version: 1, text: value });
const heading = (tag: string, value: string): SerializedNode => ({
  type: 'heading',
  version: 1,
  tag,
  children: [text(value)],
});
const planets = ['Mercury', 'Venus', 'Earth', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune'];

test('the player on a phone: one title, honest contents and progress, shuffled choices, summary links', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'course-studio-polish-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const course = createExportCourse(join(dir, 'polish.course'), { video: false });
  const project = Project.open(course.path);
  try {
    project.transact((db) => {
      const section = getOutline(db)[0]!;
      const lesson = addLessonNode(db, section.id, 'Planets (outline title)', 0);
      insertLessonDocument(db, lesson.id, now(), {
        root: {
          type: 'root',
          version: 1,
          children: [
            heading('h1', 'The solar system'),
            heading('h2', 'Inner planets'),
            heading('h3', 'Rocky worlds'),
            {
              type: 'quiz',
              version: 1,
              id: 'q-planets',
              kind: 'single',
              points: 1,
              prompt: 'Which planet is largest?',
              choices: planets.map((name) => ({
                id: name,
                text: name,
                correct: name === 'Jupiter',
              })),
            },
            {
              type: 'quiz',
              version: 1,
              id: 'q-fixed',
              kind: 'single',
              points: 1,
              shuffle: false,
              prompt: 'Count from one.',
              choices: ['One', 'Two', 'Three'].map((name) => ({
                id: name,
                text: name,
                correct: name === 'One',
              })),
            },
          ],
        },
      });
    });
    await runExport(project, { format: 'site', outPath: join(dir, 'site') });
  } finally {
    project.close();
  }

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(pathToFileURL(join(dir, 'site', 'index.html')).href);
  // The site opens on the course's landing page; Start leads into the first lesson.
  await page.locator('.cs-start').click();

  // The teacher's own H1 is the title: no second one above it.
  await expect(page.locator('#cs-main h1')).toHaveCount(1);
  await expect(page.locator('#cs-main h1')).toHaveText('The solar system');
  const sizes = await page.evaluate(() =>
    ['h1', 'h2', 'h3', 'p'].map((tag) =>
      parseFloat(getComputedStyle(document.querySelector(`#cs-main ${tag}`)!).fontSize),
    ),
  );
  const [h1, h2, h3, body] = sizes as [number, number, number, number];
  expect(h1).toBeGreaterThan(h2);
  expect(h2).toBeGreaterThan(h3);
  expect(h3).toBeGreaterThan(body);

  // Shuffled: never the author's order, and still graded by what was chosen.
  const order = () =>
    page.locator('form[data-quiz="q-planets"] .cs-quiz-choice label').allTextContents();
  expect(await order()).not.toEqual(planets);
  expect([...(await order())].sort()).toEqual([...planets].sort());
  expect(
    await page.locator('form[data-quiz="q-fixed"] .cs-quiz-choice label').allTextContents(),
  ).toEqual(['One', 'Two', 'Three']);
  const largest = page.locator('form[data-quiz="q-planets"]');
  await largest.getByLabel('Jupiter').check();
  await largest.getByRole('button', { name: 'Check answer' }).click();
  await expect(largest.locator('.cs-quiz-result')).toHaveText('Correct!');

  // The Contents toggle says what it will do, also after a lesson link closed the drawer.
  const toggle = page.locator('.cs-contents-toggle');
  await expect(toggle).toHaveText('Contents');
  await toggle.click();
  await expect(toggle).toHaveText('Hide contents');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // "(visited)" is for screen readers: in the accessible name, not on screen.
  const current = page.locator('#cs-outline a[aria-current="page"]');
  await expect(current).toHaveAccessibleName(/\(visited\)/);
  const mark = current.locator('.cs-visited-mark');
  expect(
    await mark.evaluate((element) => element.getBoundingClientRect().width),
  ).toBeLessThanOrEqual(1);
  await page.locator('#cs-outline a', { hasText: 'Quiz time' }).click();
  await expect(page.locator('#cs-outline')).toBeHidden();
  await expect(toggle).toHaveText('Contents');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  // The bar shows what the text says.
  await expect(page.locator('.cs-progress-text')).toHaveText(/^2 of 5 lessons/);
  expect(
    await page
      .locator('.cs-progress-bar')
      .evaluate((bar: HTMLProgressElement) => bar.value / bar.max),
  ).toBeCloseTo(2 / 5);

  // The summary lists the unanswered questions as links that lead to them.
  await page
    .locator('#cs-outline a', { hasText: 'Summary' })
    .evaluate((link: HTMLElement) => link.click());
  await page.getByRole('button', { name: 'Finish course' }).click();
  const unanswered = page.locator('.cs-summary-unanswered a');
  await expect(unanswered).toHaveCount(5);
  await expect(unanswered.first()).toHaveText('Planets (outline title): Count from one.');
  await unanswered.filter({ hasText: 'The SI unit of force' }).click();
  await expect(page.locator('#cs-main h1')).toHaveText('Light & sound');
  // The session is finished, so the question is shown (and focused) as it stands.
  await expect(page.locator('form[data-quiz="q-fill"]')).toBeFocused();
  await expect(page.locator('form[data-quiz="q-fill"]')).toBeInViewport();
});
