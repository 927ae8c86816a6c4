import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** sha-256 of a file, or of a folder's relative paths and file contents, to compare outputs. */
export function pathDigest(path: string): string {
  const hash = createHash('sha256');
  if (!statSync(path).isDirectory()) return hash.update(readFileSync(path)).digest('hex');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const child = join(dir, name);
      if (statSync(child).isDirectory()) walk(child);
      else hash.update(relative(path, child)).update(readFileSync(child));
    }
  };
  walk(path);
  return hash.digest('hex');
}
