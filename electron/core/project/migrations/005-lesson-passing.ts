import type { Database } from 'better-sqlite3';

/**
 * Version 5: a lesson may set its own passing score (percent). NULL, the default, means the
 * lesson has no pass mark of its own: the course's applies. Exported one-SCO-per-lesson
 * packages report it as that SCO's mastery score, and a course is only passed once every
 * lesson with its own pass mark has reached it.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE lessons ADD COLUMN passing_score INTEGER
      CHECK (passing_score IS NULL OR passing_score BETWEEN 0 AND 100);
  `);
}
