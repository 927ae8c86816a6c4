/**
 * Plain data types of review and history: snapshots, comments and their anchors.
 * Kept apart from ../model.ts so the review work merges without touching shared lines.
 */

/** Why a snapshot was taken; automatic ones are thinned, named ones are kept. */
export const snapshotReasons = [
  'named',
  'editing',
  'bulk-delete',
  'import',
  'merge',
  'restore',
  'publish',
] as const;
export type SnapshotReason = (typeof snapshotReasons)[number];

export interface LessonRef {
  id: string;
  title: string;
}

/** What changed between a snapshot and the one before it. */
export interface SnapshotChanges {
  added: LessonRef[];
  removed: LessonRef[];
  edited: LessonRef[];
}

export interface SnapshotInfo {
  id: string;
  /** The author's name for it; empty for automatic snapshots (the UI names the reason). */
  name: string;
  kind: 'named' | 'auto';
  reason: SnapshotReason;
  createdAt: string;
  lessonCount: number;
  /** Against the previous snapshot; null for the oldest one. */
  changes: SnapshotChanges | null;
}

export interface RestoreResult {
  /** The snapshot taken just before restoring: restoring it undoes the restore. */
  undoSnapshotId: string;
}

/** One run of a word-level diff: text that is in both, only in the snapshot, or only now. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

export interface LessonDiff {
  lessonId: string;
  title: string;
  /** Whether the lesson exists in the snapshot and now. */
  inSnapshot: boolean;
  inCurrent: boolean;
  parts: DiffPart[];
}

/** Where a comment is pinned. */
export type CommentAnchor =
  | { kind: 'lesson' }
  /** A passage: the quoted text and a little of what surrounds it, to find it after edits. */
  | { kind: 'text'; quote: string; prefix: string; suffix: string }
  | { kind: 'video'; assetId: string; time: number }
  | { kind: 'quiz'; questionId: string };

export interface Comment {
  id: string;
  /** null only for a reply whose thread lost its lesson long ago; see `orphaned`. */
  lessonId: string | null;
  /** The comment this one replies to; null for the start of a thread. */
  parentId: string | null;
  author: string;
  body: string;
  anchor: CommentAnchor;
  resolved: boolean;
  createdAt: string;
  updatedAt: string;
  /** Its lesson, passage or question is gone: kept and shown apart, never dropped. */
  orphaned: boolean;
  /** For a text anchor found in the lesson: where the quote starts in the lesson's plain text. */
  textOffset?: number;
}

export interface MergeResult {
  added: number;
  /** Comments already in the course (the same file merged again). */
  skipped: number;
  /** Added comments whose place is gone. */
  orphaned: number;
  comments: Comment[];
}

export interface ReviewCopyResult {
  outPath: string;
  light: boolean;
  /** The size of the course file and of the review copy, in bytes. */
  courseBytes: number;
  copyBytes: number;
}
