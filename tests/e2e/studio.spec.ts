/**
 * The studio UI end to end: the built renderer in Chromium, talking to a real `course-studio
 * serve` process and real course files in a temp folder.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import {
  createCourseFile,
  gradientPng,
  removeTempDirs,
  startHost,
  tempDir,
  type RunningHost,
} from './support';

const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));

let hosts: RunningHost[] = [];

test.afterEach(async () => {
  await Promise.all(hosts.map((host) => host.kill('SIGTERM')));
  hosts = [];
  removeTempDirs();
});

async function serve(options: { home: string; file?: string }): Promise<RunningHost> {
  const host = await startHost(options);
  hosts.push(host);
  return host;
}

const content = (page: Page) => page.getByTestId('lesson-content');
const lessonRow = (page: Page, title: string) =>
  page.getByTestId('outline-lesson').filter({ hasText: title }).locator('.tree-row');
const sectionRow = (page: Page, title: string) =>
  page.getByTestId('outline-section').locator('.section-row').filter({ hasText: title });

async function waitUntilSaved(page: Page) {
  // Let the change reach the saver before asking whether it is saved.
  await page.waitForTimeout(100);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', {
    timeout: 10_000,
  });
}

/** Section and lesson titles in outline order, as the user sees them. */
async function outlineTitles(page: Page) {
  const sections = page.getByTestId('outline-section');
  const titles: { section: string; lessons: string[] }[] = [];
  for (const section of await sections.all()) {
    titles.push({
      section: await section.locator('.section-row [data-testid="outline-label"]').innerText(),
      lessons: await section
        .locator('[data-testid="outline-lesson"] [data-testid="outline-label"]')
        .allInnerTexts(),
    });
  }
  return titles;
}

/** Browser globals used inside page callbacks (this file compiles without the DOM library). */
async function createCourseFromStartScreen(page: Page, dir: string, title: string) {
  await expect(page.getByTestId('start-screen')).toBeVisible();
  await page.getByTestId('new-course-title').fill(title);
  await page.getByTestId('new-course-path').fill(join(dir, 'course.course'));
  await page.getByTestId('create-course').click();
  await expect(page.getByTestId('studio-shell')).toBeVisible();
  await expect(content(page)).toHaveAttribute('contenteditable', 'true');
}

test('create a course, build the outline, write formatted text, and find it all after a reload', async ({
  page,
}) => {
  const dir = tempDir();
  const host = await serve({ home: join(dir, 'home') });
  await page.goto(host.url);
  await createCourseFromStartScreen(page, dir, 'Cell Biology');
  await expect(page.getByTestId('course-title')).toHaveText('Cell Biology');
  expect(await outlineTitles(page)).toEqual([{ section: 'Section 1', lessons: ['Lesson 1'] }]);

  // The starter lesson is open: write into it with Markdown shortcuts and Ctrl+B.
  await content(page).click();
  await page.keyboard.type('# Photosynthesis 光合作用');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Plants use ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('sunlight');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' to make food.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Chlorophyll 叶绿素');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Water and carbon dioxide');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('中文段落：植物需要阳光。');
  await waitUntilSaved(page);

  // A second section with two lessons, each named inline right after it is added.
  await page.getByTestId('add-section').click();
  await page.getByTestId('rename-field').fill('Section Two');
  await page.keyboard.press('Enter');
  for (const title of ['Lesson A', 'Lesson B']) {
    await sectionRow(page, 'Section Two').hover();
    await sectionRow(page, 'Section Two').getByTestId('outline-add-lesson').click();
    await page.getByTestId('rename-field').fill(title);
    await page.keyboard.press('Enter');
    await expect(lessonRow(page, title)).toBeVisible();
  }
  await expect(page.getByTestId('lesson-title')).toHaveText('Lesson B');
  await content(page).click();
  await page.keyboard.type('Notes for lesson B.');
  await waitUntilSaved(page);
  expect(await outlineTitles(page)).toEqual([
    { section: 'Section 1', lessons: ['Lesson 1'] },
    { section: 'Section Two', lessons: ['Lesson A', 'Lesson B'] },
  ]);

  // Keyboard: Alt+↑ moves Lesson B above Lesson A, then across into Section 1.
  await lessonRow(page, 'Lesson B').click();
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(() => outlineTitles(page))
    .toEqual([
      { section: 'Section 1', lessons: ['Lesson 1'] },
      { section: 'Section Two', lessons: ['Lesson B', 'Lesson A'] },
    ]);
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(() => outlineTitles(page))
    .toEqual([
      { section: 'Section 1', lessons: ['Lesson 1', 'Lesson B'] },
      { section: 'Section Two', lessons: ['Lesson A'] },
    ]);

  // Drag and drop: Lesson A onto the top half of Lesson 1, then Section Two above Section 1.
  await lessonRow(page, 'Lesson A').dragTo(lessonRow(page, 'Lesson 1'), {
    targetPosition: { x: 60, y: 4 },
  });
  await expect
    .poll(() => outlineTitles(page))
    .toEqual([
      { section: 'Section 1', lessons: ['Lesson A', 'Lesson 1', 'Lesson B'] },
      { section: 'Section Two', lessons: [] },
    ]);
  await sectionRow(page, 'Section Two').dragTo(sectionRow(page, 'Section 1'), {
    targetPosition: { x: 60, y: 4 },
  });
  await expect
    .poll(() => outlineTitles(page))
    .toEqual([
      { section: 'Section Two', lessons: [] },
      { section: 'Section 1', lessons: ['Lesson A', 'Lesson 1', 'Lesson B'] },
    ]);
  await waitUntilSaved(page);

  await page.reload();
  await expect(page.getByTestId('studio-shell')).toBeVisible();
  expect(await outlineTitles(page)).toEqual([
    { section: 'Section Two', lessons: [] },
    { section: 'Section 1', lessons: ['Lesson A', 'Lesson 1', 'Lesson B'] },
  ]);

  await lessonRow(page, 'Lesson 1').click();
  await expect(page.getByTestId('lesson-title')).toHaveText('Lesson 1');
  await expect(content(page).locator('h1')).toHaveText('Photosynthesis 光合作用');
  await expect(content(page).locator('p').first()).toHaveText('Plants use sunlight to make food.');
  await expect(content(page).locator('strong')).toHaveText('sunlight');
  await expect(content(page).locator('ul > li')).toHaveText([
    'Chlorophyll 叶绿素',
    'Water and carbon dioxide',
  ]);
  await expect(content(page).locator('p').last()).toHaveText('中文段落：植物需要阳光。');

  await lessonRow(page, 'Lesson B').click();
  await expect(content(page)).toHaveText('Notes for lesson B.');
});

test('the interface speaks Chinese once chosen in settings, also after a reload', async ({
  page,
}) => {
  const dir = tempDir();
  const file = join(dir, 'course.course');
  createCourseFile(file, 'Algebra');
  const host = await serve({ home: join(dir, 'home'), file });
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Add section' })).toBeVisible();

  await page.getByTestId('open-settings').click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByTestId('settings-language').selectOption('zh-CN');
  await dialog.getByTestId('settings-save').click();
  await expect(dialog).toBeHidden();

  const expectChinese = async () => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { name: '大纲' })).toBeVisible();
    // Outline sections are 单元, so they are not mistaken for a video's 章节 (chapters).
    await expect(page.getByRole('button', { name: '添加单元' })).toBeVisible();
    await expect(page.getByRole('button', { name: '课程设置' })).toBeVisible();
    await expect(page.getByRole('button', { name: '关闭课程' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^加粗/ })).toBeVisible();
    await expect(page.getByTestId('save-status')).toHaveText('已保存');
  };
  await expectChinese();
  await page.reload();
  await expectChinese();

  // Errors are translated too: opening a file that does not exist, from the start screen.
  await page.getByRole('button', { name: '关闭课程' }).click();
  await page.getByTestId('open-course-path').fill(join(dir, 'missing.course'));
  await page.getByTestId('open-course').click();
  await expect(page.getByRole('alert')).toHaveText('找不到该文件。');
});

test('a crash of the host loses at most the last second of typing', async ({ page }) => {
  const dir = tempDir();
  const file = join(dir, 'course.course');
  createCourseFile(file, 'Crash course');
  const home = join(dir, 'home');
  const first = await serve({ home, file });
  await page.goto(first.url);
  await expect(content(page)).toHaveAttribute('contenteditable', 'true');
  await content(page).click();
  await page.keyboard.type('Typed well before the crash. 崩溃之前输入的文字。');
  await page.waitForTimeout(1500);
  await page.keyboard.type(' Typed just before it.');
  await first.kill('SIGKILL');

  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'failed', {
    timeout: 10_000,
  });
  const second = await serve({ home, file });
  await page.goto(second.url);
  await expect(content(page)).toContainText('Typed well before the crash. 崩溃之前输入的文字。');
});

test('pasted Word HTML keeps structure and formats and drops styles', async ({ page }) => {
  const dir = tempDir();
  const file = join(dir, 'course.course');
  createCourseFile(file, 'Paste');
  const host = await serve({ home: join(dir, 'home'), file });
  await page.goto(host.url);
  await expect(content(page)).toHaveAttribute('contenteditable', 'true');
  await content(page).click();
  const wordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{color:red}</style></head><body>
    <h2 style="color:#2F5496;font-family:Calibri">Cells <span style="font-size:20pt">细胞</span></h2>
    <p class="MsoNormal" style="font-family:'Times New Roman';color:red">Some <b>bold</b>, <i>italic</i>,
      <span style="text-decoration:underline">underlined</span> and <span style="font-weight:700">styled bold</span>
      text with a <a href="https://example.org/cells">link</a> and a <a href="javascript:alert(1)">bad link</a>.<o:p></o:p></p>
    <p class="MsoListParagraphCxSpFirst" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">1.<span>&nbsp;</span></span>First step</p>
    <p class="MsoListParagraphCxSpLast" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">2.<span>&nbsp;</span></span>Second step</p>
    <table style="border:1px solid"><tr><td style="background:yellow">A1</td><td>B1</td></tr></table>
    <img src="https://example.org/tracker.png">
  </body></html>`;
  await content(page).evaluate((element, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'fallback');
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, wordHtml);

  await expect(content(page).locator('h2')).toHaveText('Cells 细胞');
  await expect(content(page).locator('strong')).toHaveText(['bold', 'styled bold']);
  await expect(content(page).locator('em')).toHaveText('italic');
  await expect(content(page).locator('a')).toHaveCount(1);
  await expect(content(page).locator('a')).toHaveAttribute('href', 'https://example.org/cells');
  await expect(content(page).locator('ol > li')).toHaveText(['First step', 'Second step']);
  await expect(content(page).locator('td')).toHaveText(['A1', 'B1']);
  await expect(content(page).locator('img')).toHaveCount(0);

  // A pasted image file (a screenshot, say) becomes an image stored in the course.
  await content(page).evaluate((element, base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'screenshot.png', { type: 'image/png' }));
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, gradientPng(120, 60).toString('base64'));
  await expect(content(page).locator('img')).toHaveCount(1);
  await expect(content(page).locator('img')).toHaveAttribute('src', /^\/media\/asset\//);
  await expect(
    content(page).locator('[style*="color"], [style*="font-family"], [style*="background"]'),
  ).toHaveCount(0);
});

test('creating a course over an existing file asks before replacing it', async ({ page }) => {
  const dir = tempDir();
  const file = join(dir, 'taken.course');
  createCourseFile(file, 'Old course');
  const host = await serve({ home: join(dir, 'home') });
  await page.goto(host.url);
  await page.getByTestId('new-course-title').fill('New course');
  await page.getByTestId('new-course-path').fill(file);
  await page.getByTestId('create-course').click();
  await expect(page.getByTestId('file-exists')).toContainText(file);
  await page.getByTestId('replace-file').click();
  await expect(page.getByTestId('course-title')).toHaveText('New course');
});

test('another window sees outline, lesson and course changes as they happen', async ({
  page,
  browser,
}) => {
  const dir = tempDir();
  const file = join(dir, 'course.course');
  createCourseFile(file, 'Shared course');
  const host = await serve({ home: join(dir, 'home'), file });
  // A second browser context: its own cookies and client id, like a second window.
  const otherContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const other = await otherContext.newPage();
  for (const window of [page, other]) {
    await window.goto(host.url);
    await expect(content(window)).toHaveAttribute('contenteditable', 'true');
  }

  await lessonRow(page, 'Lesson 1').dblclick();
  await page.getByTestId('rename-field').fill('Renamed here');
  await page.keyboard.press('Enter');
  await expect(lessonRow(other, 'Renamed here')).toBeVisible();

  await content(page).click();
  await page.keyboard.type('Written in the first window.');
  await waitUntilSaved(page);
  await expect(content(other)).toHaveText('Written in the first window.');

  await page.getByTestId('open-course-settings').click();
  const dialog = page.getByTestId('course-settings-dialog');
  await dialog.getByTestId('course-title-field').fill('Shared course, new title');
  const cover = join(dir, 'cover.png');
  writeFileSync(cover, gradientPng(400, 200));
  await dialog.getByTestId('cover-file-input').setInputFiles(cover);
  await expect(dialog.getByTestId('cover-preview')).toBeVisible();
  await dialog.getByTestId('course-settings-save').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('course-title')).toHaveText('Shared course, new title');
  await expect(other.getByTestId('course-title')).toHaveText('Shared course, new title');
  await other.getByTestId('open-course-settings').click();
  await expect(other.getByTestId('cover-preview')).toBeVisible();
  await expect
    .poll(() =>
      other
        .getByTestId('cover-preview')
        .evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth),
    )
    .toBe(400);
  await otherContext.close();
});

test('the "/" menu inserts blocks, links accept only web and mail addresses, undo is per lesson', async ({
  page,
}) => {
  const dir = tempDir();
  const file = join(dir, 'course.course');
  createCourseFile(file, 'Editor features');
  const host = await serve({ home: join(dir, 'home'), file });
  await page.goto(host.url);
  await expect(content(page)).toHaveAttribute('contenteditable', 'true');
  await content(page).click();

  await page.keyboard.type('/');
  await expect(page.getByTestId('slash-menu')).toBeVisible();
  await page.keyboard.type('tab');
  await expect(page.getByTestId('slash-menu').getByRole('option')).toHaveText(['Insert table']);
  await page.keyboard.press('Enter');
  await expect(content(page).locator('table')).toBeVisible();
  await expect(content(page)).not.toContainText('/tab');
  await page.keyboard.type('First cell');
  await expect(content(page).locator('th').first()).toHaveText('First cell');

  await page.keyboard.press('Control+End');
  await page.keyboard.type('Further reading');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+k');
  const linkDialog = page.getByTestId('link-dialog');
  await linkDialog.getByTestId('link-url').fill('javascript:alert(1)');
  await linkDialog.getByTestId('link-apply').click();
  await expect(linkDialog.getByRole('alert')).toBeVisible();
  await linkDialog.getByTestId('link-url').fill('example.org/reading');
  await linkDialog.getByTestId('link-apply').click();
  await expect(linkDialog).toBeHidden();
  await expect(content(page).locator('a')).toHaveText('Further reading');
  await expect(content(page).locator('a')).toHaveAttribute('href', 'https://example.org/reading');

  await expect(page.getByTestId('tool-undo')).toBeEnabled();
  await page.keyboard.press('Control+z');
  await expect(content(page).locator('a')).toHaveCount(0);
  await expect(content(page)).toContainText('Further reading');
  await waitUntilSaved(page);

  // Another lesson, and back: each load starts a fresh undo history.
  await sectionRow(page, 'Section 1').hover();
  await sectionRow(page, 'Section 1').getByTestId('outline-add-lesson').click();
  await page.getByTestId('rename-field').fill('Second lesson');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lesson-title')).toHaveText('Second lesson');
  await expect(page.getByTestId('tool-undo')).toBeDisabled();
  await lessonRow(page, 'Lesson 1').click();
  await expect(content(page)).toContainText('Further reading');
  await expect(page.getByTestId('tool-undo')).toBeDisabled();

  // Keyboard in the outline: ↓ to the next lesson, F2 renames, Delete removes with an Undo
  // (Ctrl+Z in the outline), no confirmation.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('F2');
  await page.getByTestId('rename-field').fill('Last lesson');
  await page.keyboard.press('Enter');
  await expect(lessonRow(page, 'Last lesson')).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('confirm-dialog')).toHaveCount(0);
  await expect(lessonRow(page, 'Last lesson')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(lessonRow(page, 'Last lesson')).toBeVisible();
  await expect(page.locator('[role="treeitem"]:focus')).toContainText('Last lesson');
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('outline-lesson')).toHaveCount(1);
});

test('screenshots of the editor and the start screen', async ({ page }) => {
  const dir = tempDir();
  const host = await serve({ home: join(dir, 'home') });
  await page.goto(host.url);
  await createCourseFromStartScreen(page, dir, 'Introduction to Ecology');

  await page.getByTestId('add-section').click();
  await page.getByTestId('rename-field').fill('Ecosystems');
  await page.keyboard.press('Enter');
  for (const title of ['Food webs', 'Energy flow']) {
    await sectionRow(page, 'Ecosystems').hover();
    await sectionRow(page, 'Ecosystems').getByTestId('outline-add-lesson').click();
    await page.getByTestId('rename-field').fill(title);
    await page.keyboard.press('Enter');
  }
  await sectionRow(page, 'Section 1').dblclick();
  await page.getByTestId('rename-field').fill('Foundations 基础');
  await page.keyboard.press('Enter');
  await lessonRow(page, 'Lesson 1').dblclick();
  await page.getByTestId('rename-field').fill('What is ecology? 什么是生态学');
  await page.keyboard.press('Enter');
  await lessonRow(page, 'What is ecology?').click();
  await expect(page.getByTestId('lesson-title')).toHaveText('What is ecology? 什么是生态学');

  await content(page).click();
  await page.keyboard.type('# What is ecology?');
  await page.keyboard.press('Enter');
  await page.keyboard.type(
    'Ecology studies how living things interact with each other and with their ',
  );
  await page.keyboard.press('Control+b');
  await page.keyboard.type('environment');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('. 生态学研究生物与环境之间的关系。');
  await page.keyboard.press('Enter');

  // An image from the file picker replaces the empty paragraph it is inserted into.
  const picture = join(dir, 'meadow.png');
  writeFileSync(picture, gradientPng(720, 150));
  await page.getByTestId('image-file-input').setInputFiles(picture);
  await expect(content(page).locator('img')).toBeVisible();
  await expect
    .poll(() =>
      content(page)
        .locator('img')
        .evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth),
    )
    .toBe(720);

  await page.keyboard.type('## Learning goals');
  await page.keyboard.press('Enter');
  await page.keyboard.type('[] Name three levels of ecological organisation');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Explain a food chain');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('## Key terms 关键术语');
  await page.keyboard.press('Enter');

  // A table from the toolbar, filled cell by cell with Tab.
  await page.getByTestId('tool-table').click();
  const cells = [
    ['Term', '中文', 'Meaning'],
    ['Ecosystem', '生态系统', 'A community of organisms and its environment'],
    ['Habitat', '栖息地', 'The place where an organism lives'],
  ];
  for (const [rowIndex, row] of cells.entries()) {
    for (const [cellIndex, text] of row.entries()) {
      await page.keyboard.type(text);
      if (rowIndex < cells.length - 1 || cellIndex < row.length - 1)
        await page.keyboard.press('Tab');
    }
  }
  await expect(content(page).locator('th')).toHaveText(['Term', '中文', 'Meaning']);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(
    '> "The first law of ecology is that everything is related to everything else."',
  );
  await waitUntilSaved(page);
  // Back to the top, with the caret in the heading and the pointer out of the way.
  await page.keyboard.press('Control+Home');
  await page.locator('.editor-scroll').evaluate((scroller) => scroller.scrollTo(0, 0));
  await page.mouse.move(640, 790);

  mkdirSync(screenshotDir, { recursive: true });
  // editor.png (table, equation and video) comes from editor-screenshots.spec.ts.
  const editorShot = join(screenshotDir, 'editor-ecology.png');
  await page.screenshot({ path: editorShot });
  const legacyDir = fileURLToPath(new URL('./__screenshots__/', import.meta.url));
  mkdirSync(legacyDir, { recursive: true });
  copyFileSync(editorShot, join(legacyDir, 'editor.png'));

  await page.getByTestId('close-course').click();
  await expect(page.getByTestId('start-screen')).toBeVisible();
  await expect(page.getByTestId('recent-list')).toContainText('Introduction to Ecology');
  await page.getByTestId('new-course-title').fill('细胞生物学');
  await page.getByText('简体中文').click();
  await page.mouse.move(640, 790);
  await page.waitForTimeout(300); // let hover transitions settle
  await page.screenshot({ path: join(screenshotDir, 'start.png') });
});
