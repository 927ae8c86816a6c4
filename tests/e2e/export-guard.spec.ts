/**
 * Issue 9 in the Export dialog: a file at the path that is not an earlier export is left as
 * it was until the author confirms replacing it (items 1-2), a course file is never offered
 * for replacing, and an export that leaves content out says what (item 16).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { deleteNode, getOutline } from '../../electron/core/project/outline-repo';
import { Project } from '../../electron/core/project/project';
import { readZip } from '../support/zip-reader';
import { createCourseFile, removeTempDirs, startHost, tempDir, type RunningHost } from './support';

let hosts: RunningHost[] = [];

test.afterEach(async () => {
  await Promise.all(hosts.map((host) => host.kill('SIGTERM')));
  hosts = [];
  removeTempDirs();
});

test('the Export dialog asks before replacing a file of the author’s and lists warnings', async ({
  page,
}) => {
  const dir = tempDir();
  const file = join(dir, 'empty.course');
  createCourseFile(file, 'No lessons yet');
  const project = Project.open(file);
  project.transact((db) => {
    for (const lesson of getOutline(db)[0]!.lessons) deleteNode(db, lesson.id);
  });
  project.close();
  // A zip of the author's own (a package must end in .zip, so this is what could be hit).
  const thesis = join(dir, 'thesis.zip');
  writeFileSync(thesis, 'years of work');

  const host = await startHost({ home: join(dir, 'home'), file });
  hosts.push(host);
  await page.goto(host.url);
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-format-scorm12').check();

  // The course itself: refused, and no replace is offered.
  await dialog.getByTestId('export-path').fill(file);
  await dialog.getByTestId('export-start').click();
  await expect(dialog.getByTestId('export-error')).toContainText('never replaces a course');
  await expect(dialog.getByTestId('export-replace')).toBeHidden();

  await dialog.getByTestId('export-path').fill(thesis);
  await dialog.getByTestId('export-start').click();
  const offer = dialog.getByTestId('export-replace');
  await expect(offer).toContainText('thesis.zip is not an earlier export');
  expect(readFileSync(thesis, 'utf8')).toBe('years of work');

  await offer.getByTestId('export-replace-confirm').click();
  await expect(dialog.getByTestId('export-result')).toBeVisible();
  await expect(dialog.getByTestId('export-warnings')).toContainText('The course has no lessons');
  expect(readZip(thesis).map((entry) => entry.name)).toContain('imsmanifest.xml');
});
