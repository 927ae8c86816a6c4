import { randomBytes } from 'node:crypto';
import type { Course, CourseLanguage } from '../../shared/model';
import type { Db } from './sqlite';

interface CourseRow {
  title: string;
  description: string;
  language: string;
  authors: string;
  license: string;
  cover_asset_id: string | null;
  passing_score: number;
  created_at: string;
  updated_at: string;
}

export function insertCourse(db: Db, title: string, language: CourseLanguage, at: string): void {
  db.prepare(
    `INSERT INTO course (id, title, language, package_id, created_at, updated_at)
     VALUES (1, ?, ?, ?, ?, ?)`,
  ).run(title, language, randomBytes(16).toString('hex'), at, at);
}

export function getCourse(db: Db): Course {
  const row = db.prepare<[], CourseRow>('SELECT * FROM course WHERE id = 1').get();
  if (!row) throw new Error('The course row is missing');
  return {
    title: row.title,
    description: row.description,
    language: row.language as CourseLanguage,
    authors: JSON.parse(row.authors) as string[],
    license: row.license,
    coverAssetId: row.cover_asset_id,
    passingScore: row.passing_score,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type CoursePatch = Partial<
  Pick<
    Course,
    'title' | 'description' | 'language' | 'authors' | 'license' | 'coverAssetId' | 'passingScore'
  >
>;

const columns: Record<keyof CoursePatch, string> = {
  title: 'title',
  description: 'description',
  language: 'language',
  authors: 'authors',
  license: 'license',
  coverAssetId: 'cover_asset_id',
  passingScore: 'passing_score',
};

export function updateCourse(db: Db, patch: CoursePatch, at: string): void {
  const sets: string[] = ['updated_at = @updated_at'];
  const values: Record<string, unknown> = { updated_at: at };
  for (const [key, column] of Object.entries(columns) as [keyof CoursePatch, string][]) {
    const value = patch[key];
    if (value === undefined) continue;
    sets.push(`${column} = @${column}`);
    values[column] = Array.isArray(value) ? JSON.stringify(value) : value;
  }
  db.prepare(`UPDATE course SET ${sets.join(', ')} WHERE id = 1`).run(values);
}

/** The course's stable package identifier (32 hex digits), the same in every export. */
export function getPackageId(db: Db): string {
  const row = db
    .prepare<[], { package_id: string }>('SELECT package_id FROM course WHERE id = 1')
    .get();
  if (!row) throw new Error('The course row is missing');
  return row.package_id;
}
