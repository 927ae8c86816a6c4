/**
 * Equations reach every export format as finished markup: MathML (what screen readers read)
 * typeset at export time, so no format needs a script to show them. Player-site formats also
 * carry KaTeX's stylesheet and the fonts it names; Open edX gets MathML only, which browsers
 * typeset themselves, because its HTML components have no KaTeX stylesheet.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../../electron/shared/model';
import { missingReferences } from '../../support/package-checks';
import { exportFixture } from './fixture';

const fixture = exportFixture({ math: true, video: false });

const inlineTex = '<annotation encoding="application/x-tex">E = mc^2</annotation>';
const displayTex =
  /<math[^>]*display="block"[^>]*>[\s\S]*\\frac\{-b \\pm \\sqrt\{b\^2-4ac\}\}\{2a\}/;

function readTree(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path).split('\\').join('/'), readFileSync(path));
    }
  };
  walk(root);
  return files;
}

/** The page that holds the equations, checked the way a learner's browser would get it. */
function expectTypesetPage(files: Map<string, Buffer>, page: string): void {
  const html = files.get(page)?.toString('utf8') ?? '';
  expect(html).toContain(inlineTex);
  expect(html).toMatch(displayTex);
  // The HTML rendering sits beside the MathML, and the page links the stylesheet it needs.
  expect(html).toContain('class="katex-html"');
  expect(html).toContain('<link rel="stylesheet" href="player/katex.css">');
  const css = files.get('player/katex.css')?.toString('utf8') ?? '';
  const fonts = [...css.matchAll(/url\((fonts\/[\w-]+\.woff2)\)/g)].map((match) => match[1]);
  expect(fonts.length).toBeGreaterThan(10);
  for (const font of fonts) expect(files.has(`player/${font}`), font).toBe(true);
  // Nothing from KaTeX runs in the learner's browser.
  expect([...files.keys()].filter((path) => /katex.*\.m?js$/.test(path))).toEqual([]);
  expect(html).not.toMatch(/<script[^>]*katex/i);
  expect(missingReferences(files)).toEqual([]);
}

const summaryPage = (files: Map<string, Buffer>) => {
  const lessonId = fixture.course.lessonIds[3] ?? '';
  const page = [...files.keys()].find((path) => path.endsWith(`lesson-${lessonId}.html`));
  expect(page).toBeDefined();
  return page ?? '';
};

describe.each<[ExportFormat, boolean]>([
  ['scorm12', false],
  ['scorm12', true],
  ['scorm2004', false],
  ['cmi5', false],
])('%s (SCO per lesson: %s)', (format, scoPerLesson) => {
  it('carries equations as MathML with KaTeX styles and no script', async () => {
    const { files } = await fixture.exportZip(format, `${format}-${scoPerLesson}.zip`, {
      scoPerLesson,
    });
    expectTypesetPage(files, summaryPage(files));
    // The manifest lists the stylesheet and fonts, so an LMS imports them.
    const manifest = files.get('imsmanifest.xml') ?? files.get('cmi5.xml');
    if (format !== 'cmi5') expect(manifest?.toString('utf8')).toContain('player/katex.css');
  });
});

describe('site', () => {
  it('carries equations as MathML with KaTeX styles and no script', async () => {
    const result = await fixture.exportTo('site', 'site');
    const files = readTree(result.path);
    expectTypesetPage(files, summaryPage(files));
  });
});

describe.each<ExportFormat>(['imscc11', 'imscc13'])('%s', (format) => {
  it('carries equations as MathML alone, which needs neither script nor stylesheet', async () => {
    const { files } = await fixture.exportZip(format, `${format}.zip`);
    const page = [...files.entries()]
      .filter(([path]) => path.endsWith('.html'))
      .map(([, data]) => data.toString('utf8'))
      .find((html) => html.includes('E = mc^2'));
    expect(page).toContain(inlineTex);
    expect(page).toMatch(displayTex);
    expect(page).not.toContain('katex-html');
    expect(page).not.toMatch(/<script|<link/i);
  });
});

describe('olx', () => {
  it('carries equations as MathML alone, which needs neither script nor stylesheet', async () => {
    const result = await fixture.exportTo('olx', 'course.tar.gz');
    const out = join(fixture.dir, 'olx');
    mkdirSync(out, { recursive: true });
    const tar = spawnSync('tar', ['-xzf', result.path, '-C', out], { encoding: 'utf8' });
    expect(tar.status, tar.stderr).toBe(0);
    const files = readTree(join(out, 'course'));
    const pages = [...files.entries()]
      .filter(([path]) => path.startsWith('html/') && path.endsWith('.html'))
      .map(([, data]) => data.toString('utf8'));
    const page = pages.find((html) => html.includes('E = mc^2')) ?? '';
    expect(page).toContain(inlineTex);
    expect(page).toMatch(displayTex);
    expect(page).not.toContain('katex-html');
    expect(page).not.toMatch(/<script/i);
  });
});

describe('bad input', () => {
  it('renders invalid LaTeX as an error message and still exports', async () => {
    const { renderLessonHtml } = await import('../../../electron/shared/content');
    const html = renderLessonHtml(
      {
        root: {
          type: 'root',
          version: 1,
          children: [{ type: 'math', version: 1, latex: '\\frac{1}{', inline: false }],
        } as never,
      },
      { assetUrl: (id) => id },
    );
    expect(html).toContain('katex-error');
    expect(html).toContain('\\frac{1}{');
  });
});
