/**
 * The editor in a real browser: how long a big course takes to show its first lesson, and how
 * fast typing paints in a huge lesson. Both run Debian's Chromium against the web host and
 * core in this process, each against a small baseline measured in the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
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

async function keystrokeToPaint(browser: Browser, path: string): Promise<number[]> {
  return withStudio(path, async (url) => {
    const page = await browser.newPage();
    await page.goto(url);
    const editor = page.getByTestId('lesson-content');
    await editor.getByText('(0)', { exact: false }).first().waitFor({ timeout: 120_000 });
    await editor.getByText('(0)', { exact: false }).first().click();
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
    const samples = await page.evaluate(
      () => (window as unknown as { keystrokeSamples: number[] }).keystrokeSamples,
    );
    await page.close();
    return samples;
  });
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
    buildCourse(huge, lessonOf(10_000, 12), 0, lesson2000Words);
    buildCourse(normal, lessonOf(100, 12), 0, lesson2000Words);
    const hugeSamples = await keystrokeToPaint(browser, huge);
    const normalSamples = await keystrokeToPaint(browser, normal);

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
    ];
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
