/**
 * Whatever the author does, what autosave puts in the project must equal the editor's own full
 * serialization: this drives edits of every kind (typing, formats, lists and nesting, block
 * types, tables, undo and redo, deletes, moves of the caret alone, paste, a reload) and
 * compares the two after each round. Any cleverness in how saves are made must pass it.
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

interface LexicalRoot extends HTMLElement {
  __lexicalEditor: { getEditorState(): { toJSON(): unknown } };
}

/** Waits for autosave, then compares the stored lesson with the editor's full state. */
async function expectStoredEqualsEditor(page: Page, step: string) {
  await page.waitForTimeout(150);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', {
    timeout: 10_000,
  });
  const inEditor = await page.evaluate(() =>
    (document.querySelector('[data-lexical-editor="true"]') as LexicalRoot).__lexicalEditor
      .getEditorState()
      .toJSON(),
  );
  const outline = await callStudio(page, 'outline.get', {});
  const lesson = await callStudio(page, 'lesson.get', { id: outline[0]!.lessons[0]!.id });
  expect(lesson.doc, step).toEqual(inEditor);
}

test('what autosave stores always equals the whole editor state', async ({ page }) => {
  const dir = tempDir();
  const file = join(dir, 'autosave.course');
  createCourseFile(file, 'Autosave');
  const host = await startHost({ home: join(dir, 'home'), file });
  hosts.push(host);
  await page.goto(host.url);
  const content = page.getByTestId('lesson-content');
  await expect(content).toHaveAttribute('contenteditable', 'true');
  await content.click();

  for (let i = 1; i <= 6; i += 1) {
    await page.keyboard.type(`Paragraph ${i} 第${i}段`);
    await page.keyboard.press('Enter');
  }
  await expectStoredEqualsEditor(page, 'typing');
  // The caret has not moved since that save: the same block changes again.
  await page.keyboard.press('Backspace');
  await page.keyboard.type(' and more');
  await expectStoredEqualsEditor(page, 'typing on in a block saved before');

  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' bold');
  await page.keyboard.press('Control+b');
  await page.keyboard.press('Home');
  await page.keyboard.type('# ');
  await expectStoredEqualsEditor(page, 'format and heading in a middle block');

  await page.keyboard.press('Control+End');
  await page.keyboard.type('- one');
  await page.keyboard.press('Enter');
  await page.keyboard.type('two');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.type('three nested');
  await expectStoredEqualsEditor(page, 'lists and nesting');

  // Only the caret moves: nothing to save, and the next edit must still be stored right.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type(' edited after moving');
  await expectStoredEqualsEditor(page, 'caret moves, then an edit');

  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expectStoredEqualsEditor(page, 'undo');
  await page.keyboard.press('Control+Shift+z');
  await expectStoredEqualsEditor(page, 'redo');

  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/table');
  await page.keyboard.press('Enter');
  await page.keyboard.type('cell A1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('cell B1');
  await expectStoredEqualsEditor(page, 'table');

  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Backspace');
  await expectStoredEqualsEditor(page, 'delete across blocks');

  await content.evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/html', '<h2>Pasted 粘贴</h2><p>with <b>bold</b></p><ul><li>item</li></ul>');
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expectStoredEqualsEditor(page, 'paste');

  await page.reload();
  await expect(content).toHaveAttribute('contenteditable', 'true');
  await content.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' after reload');
  await expectStoredEqualsEditor(page, 'edit after reloading the lesson');
});
