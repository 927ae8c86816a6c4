/** Writes a package as a plain folder (the `site` format's default), streaming media. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { entryPieces, throwIfAborted, writeAtomically, type WriteOptions } from './archive-output';
import type { PackageTree } from './package-tree';
import { SITE_MANIFEST } from './output-guard';
import { siteManifest } from './site-folder';

/** Writes every file of `tree` under the folder `target`; returns the bytes written. */
export async function writeFolder(
  tree: PackageTree,
  target: string,
  options: WriteOptions,
): Promise<number> {
  let total = 0;
  await writeAtomically(
    target,
    'folder',
    async (temporary) => {
      for (const entry of tree.sorted()) {
        throwIfAborted(options.signal);
        const path = join(temporary, ...entry.path.split('/'));
        mkdirSync(dirname(path), { recursive: true });
        const handle = await open(path, 'w');
        try {
          for (const piece of entryPieces(entry, options.readChunk)) {
            throwIfAborted(options.signal);
            await handle.write(piece);
            total += piece.length;
            options.onProgress?.(total);
          }
        } finally {
          await handle.close();
        }
      }
      // What this export wrote, so the next one replaces exactly these files and no others.
      writeFileSync(join(temporary, SITE_MANIFEST), siteManifest(tree.paths));
    },
    options.guard,
  );
  return total;
}
