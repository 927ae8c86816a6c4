/**
 * Deleting from the outline is undoable: a notice with an Undo button (and Ctrl+Z in the
 * outline) brings a lesson back with its content, its pass mark and its place, and a section
 * back with its lessons.
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { callStudio } from './studio-rpc';
import { createCourseFile, removeTempDirs, startHost, tempDir, type RunningHost } from './support';

let hosts: RunningHost[] = [];

test.afterEach(async () => {
  await Promise.all(hosts.map((host) => host.kill('SIGTERM')));
  hosts = [];
  removeTempDirs();
});

async function openCourse(page: Page) {
  const dir = tempDir();
  const file = join(dir, 'undo.course');
  createCourseFile(file, 'Undo course');
  const host = await startHost({ home: join(dir, 'home'), file });
  hosts.push(host);
  await page.goto(host.url);
  await expect(page.getByTestId('lesson-content')).toHaveAttribute('contenteditable', 'true');
}

const lessonTitles = (page: Page) => page.getByTestId('outline-lesson').locator('.tree-label');

test('a deleted lesson comes back with Undo, and a deleted section with Ctrl+Z', async ({
  page,
}) => {
  await openCourse(page);
  const [section] = await callStudio(page, 'outline.get', {});
  const sectionId = section!.id;
  const kept = await callStudio(page, 'outline.addLesson', { sectionId, title: 'Forces' });
  await callStudio(page, 'outline.addLesson', { sectionId, title: 'Energy' });
  const doc = {
    root: {
      type: 'root' as const,
      children: [
        { type: 'paragraph', version: 1, children: [{ type: 'text', text: 'F = m·a 牛顿' }] },
      ],
    },
  };
  await callStudio(page, 'lesson.save', { id: kept.id, doc, baseRevision: 0 });
  await callStudio(page, 'lesson.setPassingScore', { id: kept.id, passingScore: 90 });
  await page.reload();
  await expect(page.getByTestId('outline-lesson')).toHaveCount(3);

  // The lesson's delete button: no confirmation that "this cannot be undone".
  const forces = page.getByTestId('outline-lesson').filter({ hasText: 'Forces' });
  await forces.hover();
  await forces.getByTestId('outline-delete').click();
  await expect(page.getByTestId('outline-lesson')).toHaveCount(2);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const notice = page.getByTestId('notice').filter({ hasText: '“Forces” was deleted.' });
  await expect(notice).toBeVisible();
  await expect(page.getByText(/cannot be undone/)).toHaveCount(0);
  await expect(callStudio(page, 'lesson.get', { id: kept.id })).rejects.toThrow(/NOT_FOUND/);

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('outline-lesson')).toHaveCount(3);
  await expect(lessonTitles(page)).toHaveText(['Lesson 1', 'Forces', 'Energy']);
  const restored = await callStudio(page, 'lesson.get', { id: kept.id });
  expect(restored.doc).toEqual(doc);
  const outline = await callStudio(page, 'outline.get', {});
  expect(outline[0]!.lessons[1]).toEqual({ id: kept.id, title: 'Forces', passingScore: 90 });
  await page.getByTestId('outline-lesson').filter({ hasText: 'Forces' }).click();
  await expect(page.getByTestId('lesson-content')).toContainText('F = m·a 牛顿');

  // The open lesson, deleted and brought back, is open again.
  const energy = page.getByTestId('outline-lesson').filter({ hasText: 'Energy' });
  await energy.click();
  await expect(page.getByTestId('lesson-title')).toHaveText('Energy');
  await energy.getByTestId('outline-delete').click();
  await expect(page.getByTestId('lesson-title')).not.toHaveText('Energy');
  await page
    .getByTestId('notice')
    .filter({ hasText: '“Energy” was deleted.' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(page.getByTestId('lesson-title')).toHaveText('Energy');

  // A second section, deleted from the keyboard and brought back with Ctrl+Z.
  await page.getByTestId('add-section').click();
  await expect(page.getByTestId('rename-field')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Light');
  await page.keyboard.press('Enter');
  const light = page.getByRole('treeitem', { name: /Light/ });
  await expect(light).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('treeitem', { name: /Light/ })).toHaveCount(0);
  await expect(
    page.getByTestId('notice').filter({ hasText: '“Light” was deleted.' }),
  ).toBeVisible();
  // Focus stayed in the outline, so Ctrl+Z there undoes.
  await expect(page.locator('[role="tree"] :focus')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('treeitem', { name: /Light/ })).toBeVisible();
  // Undone from the keyboard, so the notice's Undo button goes away.
  await expect(page.getByTestId('notice').filter({ hasText: '“Light” was deleted.' })).toHaveCount(
    0,
  );
  await expect(page.getByTestId('notice').filter({ hasText: '“Light” is back.' })).toBeVisible();
  expect((await callStudio(page, 'outline.get', {})).map((s) => s.title)).toEqual([
    section!.title,
    'Light',
  ]);
});
