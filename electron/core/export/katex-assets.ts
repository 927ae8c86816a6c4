/**
 * KaTeX's stylesheet and fonts for exported sites whose lessons hold equations. Equations are
 * typeset at export time (electron/shared/content/math.ts); the page then needs only this
 * stylesheet, no script. Only the WOFF2 fonts ship: every browser that can run the player reads
 * WOFF2, and the WOFF / TrueType copies would triple the size for nobody.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PackageTree } from './package-tree';

/** Where the stylesheet lands in a site; its fonts go to `player/fonts/`. */
export const katexStylesheetPath = 'player/katex.css';

interface KatexAssets {
  css: string;
  fonts: { name: string; bytes: Buffer }[];
}

let cached: KatexAssets | null = null;

function loadKatexAssets(): KatexAssets {
  if (cached) return cached;
  const dist = dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'));
  const css = readFileSync(join(dist, 'katex.min.css'), 'utf8').replace(
    /,url\(fonts\/[\w-]+\.(?:woff|ttf)\) format\("(?:woff|truetype)"\)/g,
    '',
  );
  const fonts = readdirSync(join(dist, 'fonts'))
    .filter((name) => name.endsWith('.woff2'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dist, 'fonts', name)) }));
  cached = { css, fonts };
  return cached;
}

/** Adds KaTeX's stylesheet and fonts to `tree`. */
export function addKatexAssets(tree: PackageTree): void {
  const { css, fonts } = loadKatexAssets();
  tree.addText(katexStylesheetPath, css);
  for (const font of fonts) tree.addBytes(`player/fonts/${font.name}`, font.bytes);
}
