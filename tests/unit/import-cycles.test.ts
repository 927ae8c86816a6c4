/**
 * No import cycles in electron/ or renderer/, type-only imports included: each layer and each
 * domain can then be read, tested and replaced on its own (a handler that imports the studio
 * that imports it is how a composition root turns into a service locator).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, sourceFiles } from '../support/import-graph';
import { tempDir } from '../support/temp';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the import graph', () => {
  it('has no cycle in electron/ and renderer/', () => {
    const files = sourceFiles([join(root, 'electron'), join(root, 'renderer')]);
    expect(files.length).toBeGreaterThan(100);
    const graph = importGraph(files);
    // The graph is real: the studio imports every domain's handlers.
    expect(graph.get(join(root, 'electron/core/studio.ts'))).toContain(
      join(root, 'electron/core/media/handlers.ts'),
    );
    expect(importCycles(graph, root)).toEqual([]);
  });

  it('keeps core free of the hosts, and the preload free of main', () => {
    const graph = importGraph(sourceFiles([join(root, 'electron')]));
    const reaches = (from: string, to: string[]) =>
      [...graph]
        .filter(([file]) => file.startsWith(join(root, from)))
        .flatMap(([file, targets]) =>
          targets
            .filter((target) => to.some((folder) => target.startsWith(join(root, folder))))
            .map((target) => `${file.slice(root.length)} -> ${target.slice(root.length)}`),
        );
    expect(
      reaches('electron/core/', ['electron/main/', 'electron/server/', 'electron/cli/']),
    ).toEqual([]);
    expect(reaches('electron/preload/', ['electron/main/', 'electron/core/'])).toEqual([]);
  });

  it('finds a cycle, a type-only one and one through an index file', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'domain'));
    writeFileSync(join(dir, 'studio.ts'), "import { handlers } from './domain';\n");
    writeFileSync(join(dir, 'domain', 'index.ts'), "export * from './handlers';\n");
    writeFileSync(
      join(dir, 'domain', 'handlers.ts'),
      "import type { Studio } from '../studio.js';\nexport const handlers = 1;\n",
    );
    writeFileSync(join(dir, 'leaf.ts'), "import { z } from 'zod';\n");
    const graph = importGraph(sourceFiles([dir]));
    expect(importCycles(graph, dir)).toEqual([
      ['domain/handlers.ts', 'domain/index.ts', 'studio.ts'],
    ]);
  });
});
