/**
 * Issue 9, item 5: a lesson saved by a newer Course Studio (or damaged) holds node types this
 * editor does not know. It used to open cut short at the first such node, say "Saved", and
 * save the truncated lesson on the next keystroke. Now it opens whole, read-only, with a clear
 * message, the unknown blocks shown as placeholders, and nothing is ever saved over it.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { callStudio } from './studio-rpc';
import { createCourseFile, removeTempDirs, startHost, tempDir, type RunningHost } from './support';

let hosts: RunningHost[] = [];

test.afterEach(async () => {
  await Promise.all(hosts.map((host) => host.kill('SIGTERM')));
  hosts = [];
  removeTempDirs();
});

const text = (value: string) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
});
const paragraph = (...children: unknown[]) => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children,
});

const newerLesson = {
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      paragraph(text('Before the poll')),
      { type: 'poll', version: 3, question: 'Tea or coffee?', options: ['tea', 'coffee'] },
      paragraph(text('After the poll')),
    ],
  },
};

test('a lesson with unknown node types opens whole and read-only, and is never saved', async ({
  page,
}) => {
  const dir = tempDir();
  const file = join(dir, 'newer.course');
  createCourseFile(file, 'From a newer version');
  // Written as a newer Course Studio would have stored it.
  const db = new Database(file);
  db.prepare('UPDATE lessons SET doc = ?').run(JSON.stringify(newerLesson));
  db.close();

  const host = await startHost({ home: join(dir, 'home'), file });
  hosts.push(host);
  await page.goto(host.url);

  const notice = page.getByTestId('lesson-readonly');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('poll');
  await expect(notice).toContainText('read-only');
  const content = page.getByTestId('lesson-content');
  await expect(content).toHaveAttribute('contenteditable', 'false');
  await expect(content).toContainText('Before the poll');
  await expect(content).toContainText('After the poll');
  await expect(page.getByTestId('unknown-block')).toHaveAttribute('data-type', 'poll');

  const outline = await callStudio(page, 'outline.get', {});
  const lessonId = outline[0]!.lessons[0]!.id;
  const before = await callStudio(page, 'lesson.get', { id: lessonId });

  // Typing reaches nothing: the lesson stays exactly as it was stored.
  await content.click();
  await page.keyboard.type('typed into a read-only lesson');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1500);
  const after = await callStudio(page, 'lesson.get', { id: lessonId });
  expect(after.revision).toBe(before.revision);
  expect(after.doc).toEqual(newerLesson);
  await expect(content).not.toContainText('typed into');
});
