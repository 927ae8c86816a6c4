/**
 * The editor in a real browser: how long a big course takes to show its first lesson, and how
 * fast typing paints in a huge lesson. Both run Debian's Chromium against the web host and
 * core in this process, each against a small baseline measured in the same run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { renderLessonHtml } from '../../electron/shared/content';
import type { LessonDocument } from '../../electron/shared/model';
import { insertLessonDocument } from '../../electron/core/project/lesson-repo';
import { addLessonNode, addSection } from '../../electron/core/project/outline-repo';
import { Project } from '../../electron/core/project/project';
import { Studio } from '../../electron/core/studio';
import { startWebHost } from '../../electron/server/web-host';
import { lessonOf } from './documents';
import { median, percentile, type BenchResult } from './measure';

const rendererDir = fileURLToPath(new URL('../../.build/renderer', import.meta.url));

/** A course whose first lesson is `first` followed by `more` lessons of `otherDoc`. */
function buildCourse(
  path: string,
  first: LessonDocument,
  more: number,
  otherDoc: LessonDocument,
): void {
  const project = Project.create(path, { title: 'Bench', language: 'en' });
  project.transact((db) => {
    const [starter] = db
      .prepare<[], { id: string }>("SELECT id FROM outline WHERE kind = 'lesson'")
      .all();
    db.prepare('UPDATE lessons SET doc = ? WHERE id = ?').run(JSON.stringify(first), starter!.id);
    for (let s = 0; s < Math.ceil(more / 20); s += 1) {
      const section = addSection(db, `Section ${s + 2}`);
      for (let l = 0; l < Math.min(20, more - s * 20); l += 1) {
        insertLessonDocument(
          db,
          addLessonNode(db, section.id, `Lesson ${s * 20 + l + 2}`).id,
          'now',
          otherDoc,
        );
      }
    }
  });
  project.close();
}

async function withStudio<T>(path: string, work: (url: string) => Promise<T>): Promise<T> {
  const studio = new Studio({ host: 'web', homeDir: join(path, '..', 'home') });
  studio.openProject(path);
  const host = await startWebHost({ studio, rendererDir, port: 0 });
  try {
    return await work(host.url);
  } finally {
    await host.close();
    studio.close();
  }
}

async function timeToFirstLesson(browser: Browser, path: string, runs: number): Promise<number[]> {
  return withStudio(path, async (url) => {
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage();
      const start = performance.now();
      await page.goto(url);
      await page
        .getByTestId('lesson-content')
        .getByText('(99)', { exact: false })
        .first()
        .waitFor();
      times.push(performance.now() - start);
      await page.close();
    }
    return times;
  });
}

/** Keystroke-to-paint samples while typing a sentence at the start of `target` on `page`. */
async function typeAndSample(page: Page, target: Locator): Promise<number[]> {
  await target.click();
  await page.evaluate(() => {
    const samples: number[] = [];
    (window as unknown as { keystrokeSamples: number[] }).keystrokeSamples = samples;
    document.addEventListener(
      'keydown',
      (event) => {
        // The frame after the DOM change is painted once rAF fires and the task after it runs.
        requestAnimationFrame(() =>
          setTimeout(() => samples.push(performance.now() - event.timeStamp), 0),
        );
      },
      true,
    );
  });
  await page.keyboard.type('The quick brown fox jumps over the lazy dog again and again ', {
    delay: 40,
  });
  await page.waitForTimeout(300);
  return page.evaluate(
    () => (window as unknown as { keystrokeSamples: number[] }).keystrokeSamples,
  );
}

async function keystrokeToPaint(browser: Browser, path: string): Promise<number[]> {
  return withStudio(path, async (url) => {
    const page = await browser.newPage();
    await page.goto(url);
    const first = page.getByTestId('lesson-content').getByText('(0)', { exact: false }).first();
    await first.waitFor({ timeout: 120_000 });
    const samples = await typeAndSample(page, first);
    await page.close();
    return samples;
  });
}

/**
 * The browser's own floor: the same paragraphs in a bare contenteditable page with no editor
 * framework at all, typed into the same way. Chromium's editing does work per keystroke that
 * grows with the number of blocks in the editable, whoever drives it.
 */
async function bareKeystrokeToPaint(browser: Browser, dir: string, doc: LessonDocument) {
  const file = join(dir, 'bare.html');
  const body = renderLessonHtml(doc, { assetUrl: () => '', language: 'en' });
  writeFileSync(
    file,
    `<!doctype html><meta charset="utf-8"><div contenteditable="true" spellcheck="false" style="max-width:720px;margin:auto;white-space:pre-wrap">${body}</div>`,
  );
  const page = await browser.newPage();
  await page.goto(pathToFileURL(file).href);
  const samples = await typeAndSample(page, page.getByText('(0)', { exact: false }).first());
  await page.close();
  return samples;
}

export async function benchEditor(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cs-bench-editor-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const lesson2000Words = lessonOf(100, 20);
    const big = join(dir, 'big', 'big.course');
    const small = join(dir, 'small', 'small.course');
    buildCourse(big, lesson2000Words, 199, lesson2000Words);
    buildCourse(small, lesson2000Words, 0, lesson2000Words);
    await timeToFirstLesson(browser, small, 1); // warm the browser's cache of the UI bundle
    const bigTimes = await timeToFirstLesson(browser, big, 5);
    const smallTimes = await timeToFirstLesson(browser, small, 5);

    const huge = join(dir, 'huge', 'huge.course');
    const normal = join(dir, 'normal', 'normal.course');
    const hugeDoc = lessonOf(10_000, 12);
    buildCourse(huge, hugeDoc, 0, lesson2000Words);
    buildCourse(normal, lessonOf(100, 12), 0, lesson2000Words);
    const hugeSamples = await keystrokeToPaint(browser, huge);
    const normalSamples = await keystrokeToPaint(browser, normal);
    const bareSamples = await bareKeystrokeToPaint(browser, dir, hugeDoc);

    return [
      {
        name: 'Opening a course of 200 lessons x ~2,000 words: page load to the first lesson on screen',
        measured: `200 lessons, median ${median(bigTimes).toFixed(0)} ms`,
        baseline: `1 lesson of the same size, median ${median(smallTimes).toFixed(0)} ms`,
        ratio: median(bigTimes) / median(smallTimes),
      },
      {
        name: 'Typing: p95 keystroke-to-paint',
        measured: `10,000-paragraph lesson, p95 ${percentile(hugeSamples, 95).toFixed(1)} ms (median ${median(hugeSamples).toFixed(1)} ms, ${hugeSamples.length} keys)`,
        baseline: `100-paragraph lesson, p95 ${percentile(normalSamples, 95).toFixed(1)} ms (median ${median(normalSamples).toFixed(1)} ms)`,
        ratio: percentile(hugeSamples, 95) / percentile(normalSamples, 95),
        goal: '<= 2x',
      },
      {
        name: 'Typing in the 10,000-paragraph lesson: the studio against a bare contenteditable page',
        measured: `studio editor, p95 ${percentile(hugeSamples, 95).toFixed(1)} ms`,
        baseline: `the same paragraphs in a plain contenteditable, p95 ${percentile(bareSamples, 95).toFixed(1)} ms (median ${median(bareSamples).toFixed(1)} ms)`,
        ratio: percentile(hugeSamples, 95) / percentile(bareSamples, 95),
      },
    ];
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
