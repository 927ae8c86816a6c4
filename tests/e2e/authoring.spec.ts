/**
 * Authoring beyond text, end to end: quiz blocks written in the editor and stored in the shared
 * quiz shape, the passing score, exporting a SCORM 1.2 package from the Export dialog, and the
 * learner-player preview.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { addQuestionToFirstLesson } from './lesson-quiz';
import { callStudio, firstLessonBlocks } from './studio-rpc';
import { createCourseFile, removeTempDirs, startHost, tempDir, type RunningHost } from './support';

const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));

let hosts: RunningHost[] = [];

test.afterEach(async () => {
  await Promise.all(hosts.map((host) => host.kill('SIGTERM')));
  hosts = [];
  removeTempDirs();
});

async function openCourse(page: Page, title: string) {
  const dir = tempDir();
  const file = join(dir, 'biology.course');
  createCourseFile(file, title);
  const host = await startHost({ home: join(dir, 'home'), file });
  hosts.push(host);
  await page.goto(host.url);
  await expect(page.getByTestId('lesson-content')).toHaveAttribute('contenteditable', 'true');
  return { dir, file, host };
}

async function waitUntilSaved(page: Page) {
  await page.waitForTimeout(100);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', {
    timeout: 10_000,
  });
}

test('quiz blocks are written in the editor, validated, and still there after a reload', async ({
  page,
}) => {
  await openCourse(page, 'Cell biology');
  const content = page.getByTestId('lesson-content');
  await content.click();
  await page.keyboard.type('Check what you learned.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/qui');
  await expect(page.getByTestId('slash-menu').getByRole('option')).toHaveText(['Quiz']);
  await page.keyboard.press('Enter');

  const quiz = page.getByTestId('quiz-block').first();
  await expect(quiz.getByTestId('quiz-prompt')).toBeFocused();
  await page.keyboard.type('Which organelle makes most of the cell’s energy?');
  const problems = quiz.getByTestId('quiz-problems');
  await expect(problems).toContainText('Every choice needs text.');
  await expect(problems).toContainText('Mark the correct answer.');

  const choices = quiz.getByTestId('quiz-choice');
  await choices.nth(0).getByTestId('quiz-choice-text').fill('Mitochondrion 线粒体');
  await choices.nth(1).getByTestId('quiz-choice-text').fill('Ribosome');
  await choices.nth(1).getByTestId('quiz-choice-feedback').fill('Ribosomes build proteins.');
  await quiz.getByTestId('quiz-add-choice').click();
  await choices.nth(2).getByTestId('quiz-choice-text').fill('Nucleus');
  // Enter and Ctrl+Z typed into the block's fields act there (Ctrl+Z undoes the typing in the
  // field), never on the lesson around the block.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+z');
  await expect(content.locator('p.lc-p')).toHaveCount(2);
  await expect(content.locator('p.lc-p').first()).toHaveText('Check what you learned.');
  await expect(page.getByTestId('quiz-block')).toHaveCount(1);
  await choices.nth(2).getByTestId('quiz-choice-text').fill('Nucleus');
  await expect(problems).toHaveText('Mark the correct answer.');
  await choices.nth(0).getByTestId('quiz-choice-correct').check();
  await expect(problems).toHaveCount(0);
  await quiz.getByTestId('quiz-explanation').fill('Mitochondria make ATP.');
  await quiz.getByTestId('quiz-points').fill('2');

  // A second question, fill-in-the-blank, from the toolbar.
  await content.locator('p.lc-p').last().click();
  await page.getByTestId('tool-quiz').click();
  const fill = page.getByTestId('quiz-block').nth(1);
  await fill.getByTestId('quiz-kind-fill').click();
  await fill.getByTestId('quiz-prompt').fill('Plants make sugar by ____.');
  await fill.getByTestId('quiz-answer').fill('photosynthesis');
  await fill.getByTestId('quiz-add-answer').click();
  await fill.getByTestId('quiz-answer').nth(1).fill('光合作用');
  await expect(fill.getByTestId('quiz-problems')).toHaveCount(0);
  await waitUntilSaved(page);

  mkdirSync(screenshotDir, { recursive: true });
  await page.locator('.editor-scroll').evaluate((scroller) => scroller.scrollTo(0, 0));
  await page.mouse.move(640, 790);
  await page.screenshot({ path: join(screenshotDir, 'quiz-editor.png') });

  // Stored exactly in the shared quiz shape.
  const blocks = await firstLessonBlocks(page);
  const stored = blocks.filter((node) => node.type === 'quiz');
  expect(stored).toHaveLength(2);
  expect(stored[0]).toMatchObject({
    type: 'quiz',
    version: 1,
    kind: 'single',
    prompt: 'Which organelle makes most of the cell’s energy?',
    choices: [
      { text: 'Mitochondrion 线粒体', correct: true },
      { text: 'Ribosome', correct: false, feedback: 'Ribosomes build proteins.' },
      { text: 'Nucleus', correct: false },
    ],
    explanation: 'Mitochondria make ATP.',
    points: 2,
  });
  expect(stored[1]).toMatchObject({
    type: 'quiz',
    kind: 'fill',
    answers: ['photosynthesis', '光合作用'],
    points: 1,
  });
  expect(stored[1]).not.toHaveProperty('choices');

  // A quiz pasted from the editor's own clipboard gets an id of its own.
  await content.locator('p.lc-p').last().click();
  await content.evaluate((element, node) => {
    const data = new DataTransfer();
    data.setData(
      'application/x-lexical-editor',
      JSON.stringify({ namespace: 'course-studio-lesson', nodes: [node] }),
    );
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, stored[0]);
  await expect(page.getByTestId('quiz-block')).toHaveCount(3);
  await waitUntilSaved(page);
  const ids = (await firstLessonBlocks(page))
    .filter((node) => node.type === 'quiz')
    .map((node) => node.id);
  expect(new Set(ids).size).toBe(3);
  await page.getByTestId('quiz-block').nth(2).getByTestId('block-remove').click();
  await waitUntilSaved(page);

  await page.reload();
  await expect(page.getByTestId('quiz-block')).toHaveCount(2);
  const reloaded = page.getByTestId('quiz-block').first();
  await expect(reloaded.getByTestId('quiz-prompt')).toHaveValue(
    'Which organelle makes most of the cell’s energy?',
  );
  await expect(reloaded.getByTestId('quiz-choice-correct').first()).toBeChecked();
  await expect(reloaded.getByTestId('quiz-choice-feedback').nth(1)).toHaveValue(
    'Ribosomes build proteins.',
  );
  await expect(reloaded.getByTestId('quiz-points')).toHaveValue('2');
  await expect(page.getByTestId('quiz-block').nth(1).getByTestId('quiz-answer')).toHaveCount(2);
});

test('a lesson gets its own passing score, which survives a reload', async ({ page }) => {
  await openCourse(page, 'Marks course');
  const button = page.getByTestId('lesson-passing');
  // A lesson without questions has nothing to pass: no pass mark is offered.
  await expect(page.getByTestId('preview-lesson')).toBeVisible();
  await expect(button).toHaveCount(0);
  await addQuestionToFirstLesson(page);
  await expect(button).toHaveText('Pass mark: course (80%)');
  await button.click();
  const dialog = page.getByTestId('lesson-passing-dialog');
  await expect(dialog.getByTestId('lesson-passing-score')).toBeDisabled();
  await dialog.getByTestId('lesson-passing-own').check();
  await dialog.getByTestId('lesson-passing-score').fill('120');
  await dialog.getByTestId('lesson-passing-save').click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'The passing score is a whole number from 0 to 100.',
  );
  await dialog.getByTestId('lesson-passing-score').fill('65');
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, 'lesson-passing-dialog.png') });
  await dialog.getByTestId('lesson-passing-save').click();
  await expect(dialog).toBeHidden();
  await expect(button).toHaveText('Pass mark: 65%');
  const [section] = await callStudio(page, 'outline.get', {});
  expect(section!.lessons[0]).toMatchObject({ passingScore: 65 });

  await page.reload();
  await expect(button).toHaveText('Pass mark: 65%');
  // Back to the course's mark; Escape leaves a dialog without saving.
  await button.click();
  await dialog.getByTestId('lesson-passing-course').check();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toHaveText('Pass mark: 65%');
  await button.click();
  await dialog.getByTestId('lesson-passing-course').check();
  await dialog.getByTestId('lesson-passing-save').click();
  await expect(button).toHaveText('Pass mark: course (80%)');
  const [after] = await callStudio(page, 'outline.get', {});
  expect(after!.lessons[0]).not.toHaveProperty('passingScore');
});

test('the passing score is set in course settings and a SCORM 1.2 package is exported', async ({
  page,
}) => {
  const { dir, file } = await openCourse(page, 'Export course');
  await page.getByTestId('lesson-content').click();
  await page.keyboard.type('A lesson to package.');
  await page.getByTestId('tool-quiz').click();
  const quiz = page.getByTestId('quiz-block');
  await quiz.getByTestId('quiz-kind-truefalse').click();
  await quiz.getByTestId('quiz-prompt').fill('Cells have membranes.');
  await waitUntilSaved(page);

  await page.getByTestId('open-course-settings').click();
  const settings = page.getByTestId('course-settings-dialog');
  await settings.getByTestId('course-passing-score').fill('120');
  await settings.getByTestId('course-settings-save').click();
  await expect(settings.getByRole('alert')).toHaveText(
    'The passing score is a whole number from 0 to 100.',
  );
  await settings.getByTestId('course-passing-score').fill('80');
  await settings.getByTestId('course-settings-save').click();
  await expect(settings).toBeHidden();
  expect((await callStudio(page, 'project.current', {}))?.course.passingScore).toBe(80);

  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-format-scorm12').check();
  const expected = join(dir, 'biology-scorm12.zip');
  await expect(dialog.getByTestId('export-path')).toHaveValue(expected);
  // Plain words, not LMS jargon ("One SCO per lesson").
  await expect(dialog.getByText('Track each lesson separately')).toBeVisible();
  await expect(dialog.getByText(/\bSCO\b/)).toHaveCount(0);
  await dialog.getByTestId('export-start').click();
  await expect(dialog.getByTestId('export-result-path')).toHaveText(expected, { timeout: 30_000 });
  await expect(dialog.getByTestId('export-result')).toContainText(/\d+ files/);
  expect(existsSync(expected)).toBe(true);
  expect(statSync(expected).size).toBeGreaterThan(1000);

  mkdirSync(screenshotDir, { recursive: true });
  await page.mouse.move(10, 790);
  await page.screenshot({ path: join(screenshotDir, 'export-dialog.png') });

  // A path the core cannot write to (inside the course file) fails with a message, not a stack.
  await dialog.getByTestId('export-format-olx').check();
  await dialog.getByTestId('export-path').fill(join(file, 'out.tar.gz'));
  await dialog.getByTestId('export-start').click();
  await expect(dialog.getByTestId('export-error')).toContainText('The export failed.');
});

test('the preview shows the lesson in the learner player', async ({ page }) => {
  const { host } = await openCourse(page, 'Preview course');
  await page.getByTestId('lesson-content').click();
  await page.keyboard.type('Photosynthesis turns light into sugar.');
  await page.getByTestId('tool-quiz').click();
  const quiz = page.getByTestId('quiz-block');
  await quiz.getByTestId('quiz-kind-truefalse').click();
  await quiz.getByTestId('quiz-prompt').fill('Plants need light.');

  await page.getByTestId('preview-lesson').click();
  const dialog = page.getByTestId('preview-dialog');
  const frame = dialog.getByTestId('preview-frame');
  await expect(frame).toBeVisible();
  const src = await frame.getAttribute('src');
  const probe = await page.request.get(new URL(src ?? '', host.url).href);
  test.skip(
    probe.status() === 404,
    'The web host has no GET /preview/<path> route yet (the lead adds it); the preview UI is in place.',
  );
  const player = page.frameLocator('[data-testid="preview-frame"]');
  await expect(player.locator('body')).toContainText('Photosynthesis turns light into sugar.');
  await expect(player.locator('.cs-quiz')).toContainText('Plants need light.');
});
