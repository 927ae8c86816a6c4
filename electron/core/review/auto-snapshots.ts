/**
 * The automatic snapshots other domains' actions take before they change much at once:
 * deleting a section, importing media, merging a review, and every few minutes of editing.
 * Each runs inside the action's own transaction, so the snapshot and the change commit (or
 * roll back) together.
 */
import type { Db } from '../project/sqlite';
import { createSnapshot } from './snapshot-store';

export { snapshotWhileEditing } from './snapshot-store';

/** Before `outline.delete`: a section takes its lessons with it, so keep a way back. */
export function snapshotBeforeBulkDelete(db: Db, nodeId: string, at: string): void {
  const node = db
    .prepare<[string], { kind: string }>('SELECT kind FROM outline WHERE id = ?')
    .get(nodeId);
  if (node?.kind === 'section') createSnapshot(db, { reason: 'bulk-delete', at });
}

/** Before `media.import`. */
export function snapshotBeforeImport(db: Db, at: string): void {
  createSnapshot(db, { reason: 'import', at });
}

/** Before publishing: for the publish domain to call inside its own transaction. */
export function snapshotBeforePublish(db: Db, at: string): void {
  createSnapshot(db, { reason: 'publish', at });
}
