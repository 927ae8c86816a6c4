import type { Database } from 'better-sqlite3';
import { up as initial } from './001-initial';
import { up as workflow } from './002-workflow';
import { up as assessment } from './003-assessment';
import { up as media } from './004-media';
import { up as lessonPassing } from './005-lesson-passing';
import { up as outlineTrash } from './006-outline-trash';
import { up as publications } from './007-publications';
import { up as review } from './008-review';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/** Every schema change, in order. A file's `user_version` is the last one applied to it. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', up: initial },
  { version: 2, name: 'workflow', up: workflow },
  { version: 3, name: 'assessment', up: assessment },
  { version: 4, name: 'media', up: media },
  { version: 5, name: 'lesson-passing', up: lessonPassing },
  { version: 6, name: 'outline-trash', up: outlineTrash },
  { version: 7, name: 'publications', up: publications },
  { version: 8, name: 'review', up: review },
];

export const SCHEMA_VERSION = migrations.length;

/** Brings a project up to `target` (default: current) in one transaction per migration. */
export function migrate(db: Database, target = SCHEMA_VERSION): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
