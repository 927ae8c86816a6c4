/**
 * The lesson editor's structure and notation tools, as a teacher uses them: tables that grow
 * with Tab and change through a keyboard-reachable menu, blocks moved with Alt+Shift+↑ / ↓ and
 * the handle's buttons, equations with a live preview, sub/superscript and special characters.
 * Each test checks what the studio stored, not only what the page shows.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { SerializedNode } from '../../electron/shared/model';
import { firstLessonBlocks } from './studio-rpc';
import {
  createCourseFile,
  gradientPng,
  removeTempDirs,
  startHost,
  tempDir,
  type RunningHost,
} from './support';

let hosts: RunningHost[] = [];

test.afterEach(async () => {
  await Promise.all(hosts.map((host) => host.kill('SIGTERM')));
  hosts = [];
  removeTempDirs();
});

async function openCourse(page: Page) {
  const dir = tempDir();
  const file = join(dir, 'chemistry.course');
  createCourseFile(file, 'Chemistry');
  const host = await startHost({ home: join(dir, 'home'), file });
  hosts.push(host);
  await page.goto(host.url);
  await expect(page.getByTestId('lesson-content')).toHaveAttribute('contenteditable', 'true');
  await page.getByTestId('lesson-content').click();
}

async function savedBlocks(page: Page): Promise<SerializedNode[]> {
  await page.waitForTimeout(100);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', {
    timeout: 10_000,
  });
  return firstLessonBlocks(page);
}

type Node = SerializedNode & { children?: Node[]; text?: string; headerState?: number };

const textOf = (node: Node): string =>
  node.text ?? (node.children ?? []).map((child) => textOf(child)).join('');

/** The stored table as rows of cell texts. */
function tableCells(blocks: SerializedNode[]): string[][] {
  const table = blocks.find((block) => block.type === 'table') as Node | undefined;
  return (table?.children ?? []).map((row) => (row.children ?? []).map((cell) => textOf(cell)));
}

test('Tab in the last cell adds a row, and the table menu works from the keyboard', async ({
  page,
}) => {
  await openCourse(page);
  await page.keyboard.type('/table');
  await expect(page.getByTestId('slash-menu').getByRole('option')).toHaveText(['Insert table']);
  await page.keyboard.press('Enter');
  const table = page.getByTestId('lesson-content').locator('table');
  await expect(table.locator('tr')).toHaveCount(3);
  // Fill all nine cells with Tab, then Tab on from the last one: a fourth row, caret in it.
  for (let cell = 1; cell <= 9; cell += 1) {
    await page.keyboard.type(`c${cell}`);
    await page.keyboard.press('Tab');
  }
  await expect(table.locator('tr')).toHaveCount(4);
  await page.keyboard.type('c10');
  await expect(table.locator('tr').nth(3).locator('td').first()).toHaveText('c10');
  await expect(page.getByTestId('lesson-content')).toBeFocused();

  // The menu: opened with Shift+F10 in a cell, walked with the arrow keys.
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Table options' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Insert row above' })).toBeFocused();
  await page.keyboard.press('ArrowDown'); // row below
  await page.keyboard.press('ArrowDown'); // column left
  await page.keyboard.press('ArrowDown'); // column right
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(table.locator('tr').first().locator('th, td')).toHaveCount(4);
  // The caret is back in the cell it was in.
  await page.keyboard.type('!');
  await expect(table.locator('tr').nth(3).locator('td').first()).toHaveText('c10!');

  // The button on the focused cell has an accessible name and opens the same menu.
  await page.getByRole('button', { name: 'Table options for this cell' }).click();
  await expect(menu.getByRole('menuitemcheckbox', { name: /Header row/ })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await menu.getByRole('menuitem', { name: 'Delete row' }).click();
  await expect(table.locator('tr')).toHaveCount(3);
  await page.getByRole('button', { name: 'Table options for this cell' }).click();
  await menu.getByRole('menuitemcheckbox', { name: /Header row/ }).click();
  await expect(table.locator('th')).toHaveCount(0);

  const stored = await savedBlocks(page);
  // The new column sits right of the caret's (first) column; the row with c10 is gone.
  expect(tableCells(stored)).toEqual([
    ['c1', '', 'c2', 'c3'],
    ['c4', '', 'c5', 'c6'],
    ['c7', '', 'c8', 'c9'],
  ]);
  const storedTable = stored.find((block) => block.type === 'table') as Node;
  const headerStates = (storedTable.children ?? []).flatMap((row) =>
    (row.children ?? []).map((cell) => cell.headerState ?? 0),
  );
  expect(headerStates.every((state) => state === 0)).toBe(true);

  await page.getByRole('button', { name: 'Table options for this cell' }).click();
  await menu.getByRole('menuitem', { name: 'Delete table' }).click();
  await expect(table).toHaveCount(0);
});

test('the table menu inserts rows above and below and columns left, around the caret cell', async ({
  page,
}) => {
  await openCourse(page);
  await page.getByTestId('tool-table').click();
  const table = page.getByTestId('lesson-content').locator('table');
  await page.keyboard.press('Tab'); // caret in row 1, column 2
  await page.keyboard.type('x');
  const menu = page.getByRole('menu', { name: 'Table options' });
  for (const item of ['Insert row above', 'Insert row below', 'Insert column left']) {
    // Right after an insert the caret may still be settling into its cell, when Shift+F10
    // does nothing yet; a teacher would press it again, and so does the test.
    await expect(async () => {
      if ((await menu.count()) === 0) await page.keyboard.press('Shift+F10');
      await expect(menu).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    // Chosen from the keyboard, as a teacher without a mouse would: focus the item, Enter.
    await menu.getByRole('menuitem', { name: item }).focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveCount(0);
    // The caret is back in its cell before the next Shift+F10, as a teacher would see it.
    await expect(page.getByTestId('lesson-content')).toBeFocused();
  }
  await expect(table.locator('tr')).toHaveCount(5);
  const rows = await table
    .locator('tr')
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent)));
  // The new row above pushed the header row down; the new column sits left of "x".
  expect(rows.map((row) => row.length)).toEqual([4, 4, 4, 4, 4]);
  expect(rows[1]).toEqual(['', '', 'x', '']);
  await page.keyboard.type('y');
  await expect(table.locator('tr').nth(1).locator('th, td').nth(2)).toHaveText('xy');
});

test('blocks move with Alt+Shift+arrows, the handle buttons and dragging the handle', async ({
  page,
}) => {
  await openCourse(page);
  await page.keyboard.type('First');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Third');
  const paragraphs = page.getByTestId('lesson-content').locator('p.lc-p');
  await expect(paragraphs).toHaveText(['First', 'Second', 'Third']);

  await page.keyboard.press('Alt+Shift+ArrowUp');
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(paragraphs).toHaveText(['Third', 'First', 'Second']);
  // The caret moved with its block: typing continues at the end of "Third".
  await page.keyboard.type('!');
  await expect(paragraphs.first()).toHaveText('Third!');
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(paragraphs).toHaveText(['First', 'Third!', 'Second']);

  // The handle of the block under the pointer.
  await paragraphs.nth(2).hover();
  await page.getByRole('button', { name: 'Move block up' }).click();
  await expect(paragraphs).toHaveText(['First', 'Second', 'Third!']);
  await paragraphs.first().hover();
  await expect(page.getByRole('button', { name: /Move block \(drag/ })).toBeVisible();
  await page.getByRole('button', { name: 'Move block down' }).click();
  await expect(paragraphs).toHaveText(['Second', 'First', 'Third!']);

  // Dragging the handle drops the block before or after the block under the pointer.
  await paragraphs.nth(2).hover();
  await page
    .getByRole('button', { name: /Move block \(drag/ })
    .dragTo(paragraphs.first(), { targetPosition: { x: 10, y: 2 } });
  await expect(paragraphs).toHaveText(['Third!', 'Second', 'First']);

  const stored = await savedBlocks(page);
  expect(stored.map((block) => textOf(block as Node))).toEqual(['Third!', 'Second', 'First']);
});

test('equations: live preview while typing LaTeX, stored as source, typeset as MathML', async ({
  page,
}) => {
  await openCourse(page);
  await page.keyboard.type('Mass–energy: ');
  await page.getByRole('button', { name: 'Inline equation' }).click();
  const input = page.getByTestId('math-input');
  await expect(input).toBeFocused();
  await page.keyboard.type('E = mc^2');
  // The preview is KaTeX's, with MathML for screen readers, while the source is typed.
  const view = page.getByTestId('math-view').first();
  await expect(view.locator('math annotation')).toHaveText('E = mc^2');
  await page.keyboard.press('Enter');
  await expect(input).toHaveCount(0);
  // The caret is right after the equation.
  await page.keyboard.type(' holds.');
  await expect(page.getByTestId('lesson-content').locator('p.lc-p').first()).toContainText(
    'holds.',
  );

  // A display equation from the "/" menu; invalid LaTeX shows an error, never breaks.
  await page.keyboard.press('Enter');
  await page.keyboard.type('/equation');
  await expect(page.getByTestId('slash-menu').getByRole('option').first()).toHaveText('Equation');
  await page.keyboard.press('Enter');
  await expect(input).toBeFocused();
  await page.keyboard.type('\\frac{1}{');
  await expect(page.getByTestId('math-view').nth(1).locator('.katex-error')).toBeVisible();
  await page.keyboard.type('2}');
  await expect(page.getByTestId('math-view').nth(1).locator('.katex-error')).toHaveCount(0);
  await page.keyboard.press('Escape');

  // Clicking an equation opens its source again.
  const firstEquation = page.getByRole('button', { name: /^Edit equation/ }).first();
  await expect(firstEquation).toHaveAttribute('title', 'Edit equation: E = mc^2');
  await firstEquation.click();
  await expect(input).toHaveValue('E = mc^2');
  await page.keyboard.press('End');
  await page.keyboard.type('+1');
  await page.keyboard.press('Enter');
  // An equation left empty is not kept.
  await page.getByRole('button', { name: 'Inline equation' }).click();
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('math-view')).toHaveCount(2);

  const stored = await savedBlocks(page);
  const first = stored[0] as Node;
  expect(first.children?.find((child) => child.type === 'math')).toMatchObject({
    type: 'math',
    latex: 'E = mc^2+1',
    inline: true,
  });
  expect(stored.find((block) => block.type === 'math')).toMatchObject({
    latex: '\\frac{1}{2}',
    inline: false,
  });

  // The preview typesets them as the export does, with KaTeX's stylesheet from the preview site.
  await page.getByTestId('preview-lesson').click();
  const preview = page.frameLocator('[data-testid="preview-frame"]');
  await expect(preview.locator('.cs-math math annotation')).toHaveText('E = mc^2+1');
  await expect(preview.locator('.cs-math-block .katex-display')).toBeVisible();
  await expect(preview.locator('.katex-mathml').first()).toHaveCSS('position', 'absolute');
});

test('sub/superscript by button and shortcut, special characters from the picker', async ({
  page,
}) => {
  await openCourse(page);
  await page.keyboard.type('H');
  await page.keyboard.press('Control+,');
  await page.keyboard.type('2');
  await page.keyboard.press('Control+,');
  await page.keyboard.type('O and x');
  await page.getByRole('button', { name: /^Superscript/ }).click();
  await page.keyboard.type('2');
  await expect(page.getByRole('button', { name: /^Superscript/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('Control+.');
  await page.keyboard.type(' at 20');
  await page.getByRole('button', { name: 'Special characters' }).click();
  const picker = page.getByRole('dialog', { name: 'Special characters' });
  await picker.getByRole('button', { name: '°', exact: true }).click();
  await expect(picker).toHaveCount(0);
  await page.keyboard.type('C, ');
  // The "/" menu opens the same picker; the keyboard picks from it.
  await page.keyboard.type('/special');
  await expect(page.getByTestId('slash-menu').getByRole('option')).toHaveText([
    'Special characters',
  ]);
  await page.keyboard.press('Enter');
  await expect(picker.getByRole('button', { name: 'α', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type(' decay');

  const paragraph = page.getByTestId('lesson-content').locator('p.lc-p').first();
  await expect(paragraph).toHaveText('H2O and x2 at 20°C, α decay');
  await expect(paragraph.locator('sub')).toHaveText('2');
  await expect(paragraph.locator('sup')).toHaveText('2');

  const stored = await savedBlocks(page);
  const runs = ((stored[0] as Node).children ?? []).map((child) => [
    child.text,
    (child as { format?: number }).format ?? 0,
  ]);
  // Lexical's format bits: 32 subscript, 64 superscript.
  expect(runs).toEqual([
    ['H', 0],
    ['2', 32],
    ['O and x', 0],
    ['2', 64],
    [' at 20°C, α decay', 0],
  ]);
});

test('paste from Word / Google Docs keeps sub/superscript and brings data: images in', async ({
  page,
}) => {
  await openCourse(page);
  const png = gradientPng(40, 20).toString('base64');
  const html = `<html><body>
    <p class="MsoNormal">Water is H<sub>2</sub>O; area is x<sup>2</sup>.<o:p></o:p></p>
    <b style="font-weight:normal"><p><span>CO</span><span style="vertical-align:sub">2</span>
      <span> and m</span><span style="vertical-align:super">3</span></p></b>
    <p><img src="data:image/png;base64,${png}" alt="chart"></p>
    <p><img src="file:///C:/Users/teacher/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png"></p>
  </body></html>`;
  await page.getByTestId('lesson-content').evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/html', pasted);
    data.setData('text/plain', 'fallback');
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, html);
  const content = page.getByTestId('lesson-content');
  await expect(content.locator('sub')).toHaveText(['2', '2']);
  await expect(content.locator('sup')).toHaveText(['2', '3']);
  // The data: image is now a course image; the file: one is named in a notification.
  await expect(content.locator('img')).toHaveCount(1);
  await expect(content.locator('img')).toHaveAttribute('src', /^\/media\/asset\//);
  await expect(page.getByTestId('notice')).toContainText('1 pasted image could not come along');

  const stored = await savedBlocks(page);
  expect(stored.filter((block) => block.type === 'image')).toHaveLength(1);
  const formats = stored
    .flatMap((block) => (block as Node).children ?? [])
    .map((child) => [child.text, (child as { format?: number }).format ?? 0]);
  expect(formats).toContainEqual(['2', 32]);
  expect(formats).toContainEqual(['3', 64]);
});

test('keys meant for the text never land on a block handle button', async ({ page }) => {
  await openCourse(page);
  await page.keyboard.type('Intro');
  await page.getByTestId('block-type').selectOption('h2');
  await page.keyboard.type(' to forces');
  const content = page.getByTestId('lesson-content');
  await expect(content.locator('h2')).toHaveText('Intro to forces');
  await expect(page.getByTestId('block-type')).toHaveValue('h2');

  // Tab from the text skips the block handle, so Space cannot press "Move block up".
  await page.keyboard.press('Enter');
  await page.keyboard.type('Body');
  await content.locator('p.lc-p').hover();
  await expect(page.getByRole('button', { name: 'Move block up' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('block-handle').locator(':focus')).toHaveCount(0);
});

test('the equation editor, table menu, block handle and character picker pass axe', async ({
  page,
}) => {
  const axe = async () => {
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    return violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
    );
  };
  await openCourse(page);
  await page.keyboard.type('Speed: ');
  await page.getByRole('button', { name: 'Inline equation' }).click();
  await expect(page.getByTestId('math-input')).toBeFocused();
  await page.keyboard.type('v = \\frac{d}{t}');
  expect(await axe(), 'equation editor').toEqual([]);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.getByTestId('tool-table').click();
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu', { name: 'Table options' })).toBeVisible();
  await page.getByTestId('lesson-content').locator('p.lc-p').first().hover();
  await expect(page.getByTestId('block-handle')).toBeVisible();
  expect(await axe(), 'table menu and block handle').toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Special characters' }).click();
  await expect(page.getByRole('dialog', { name: 'Special characters' })).toBeVisible();
  expect(await axe(), 'special characters').toEqual([]);
});

test('LaTeX-style typing: $...$ makes an inline equation, $$ an equation block; prices stay text', async ({
  page,
}) => {
  await openCourse(page);
  await page.keyboard.type('It costs $5 and $10. Einstein: $E=mc^2$ in short.');
  const content = page.getByTestId('lesson-content');
  await expect(page.getByTestId('math-view')).toHaveCount(1);
  await expect(page.getByTestId('math-view').locator('math annotation')).toHaveText('E=mc^2');
  await expect(content.locator('p.lc-p').first()).toContainText('It costs $5 and $10. Einstein:');
  await expect(content.locator('p.lc-p').first()).toContainText('in short.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('$$ ');
  await expect(page.getByTestId('math-input')).toBeFocused();
  await page.keyboard.type('a^2+b^2=c^2');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Pythagoras');

  const stored = await savedBlocks(page);
  expect(stored.map((block) => block.type)).toEqual(['paragraph', 'math', 'paragraph']);
  expect(stored[1]).toMatchObject({ latex: 'a^2+b^2=c^2', inline: false });
  expect(textOf(stored[2] as Node)).toBe('Pythagoras');
});
