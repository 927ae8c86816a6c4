/**
 * An upper bound on a package's size before it is built: every stored file of every asset a
 * lesson uses (all HLS rungs, the MP4, captions, images), plus the player. Good enough to warn
 * about a platform's upload limit without building the package first.
 */
import type { Db } from '../project/sqlite';

/** The player bundle and pages: a few hundred KB; a margin rather than a measurement. */
const PLAYER_BYTES = 2 * 1024 * 1024;

export function estimatePackageBytes(db: Db): number {
  const used = new Set<string>();
  const docs = db.prepare<[], { doc: string }>('SELECT doc FROM lessons').all();
  for (const { doc } of docs) {
    for (const match of doc.matchAll(/"assetId":"([A-Za-z0-9_-]{1,64})"/g)) used.add(match[1]!);
  }
  const size = db.prepare<[string], { total: number | null }>(
    'SELECT SUM(size) AS total FROM media_files WHERE asset_id = ?',
  );
  let total = PLAYER_BYTES;
  for (const assetId of used) total += size.get(assetId)?.total ?? 0;
  return total;
}
