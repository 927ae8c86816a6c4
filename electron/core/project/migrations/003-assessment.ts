import type { Database } from 'better-sqlite3';

/**
 * Version 3: what exported packages report against. `passing_score` is the course's mastery
 * score in percent (SCORM masteryscore, cmi5 masteryScore, the player's pass mark).
 * `package_id` is a stable identifier for the course's packages, so that an LMS recognises a
 * re-exported course as the same course; existing courses get a random one here.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE course ADD COLUMN passing_score INTEGER NOT NULL DEFAULT 80
      CHECK (passing_score BETWEEN 0 AND 100);
    ALTER TABLE course ADD COLUMN package_id TEXT NOT NULL DEFAULT '';
    UPDATE course SET package_id = lower(hex(randomblob(16))) WHERE package_id = '';
  `);
}
