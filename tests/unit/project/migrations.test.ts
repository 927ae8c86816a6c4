import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  migrate,
  migrations,
  SCHEMA_VERSION,
} from '../../../electron/core/project/migrations/index';
import { countWords } from '../../../electron/core/project/migrations/002-workflow';
import { restoreFromTrash, trashNode } from '../../../electron/core/project/outline-trash';
import { tempDir } from '../../support/temp';

function freshDatabase() {
  const db = new Database(join(tempDir(), 'm.course'));
  db.pragma('foreign_keys = ON');
  return db;
}

describe('migrations', () => {
  it('are numbered 1..n with no gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(
      Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1),
    );
  });

  it('1 (initial): creates the content tables as STRICT, with cascading outline deletes', () => {
    const db = freshDatabase();
    migrate(db, 1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.exec(`
      INSERT INTO outline VALUES ('s', 'section', NULL, 'S', 0);
      INSERT INTO outline VALUES ('l', 'lesson', 's', 'L', 0);
      INSERT INTO lessons (id, doc, updated_at) VALUES ('l', '{}', 'now');`);
    expect(() => db.exec(`INSERT INTO outline VALUES ('x', 'lesson', NULL, 'orphan', 0)`)).toThrow(
      /CHECK/,
    );
    expect(() =>
      db.exec(`INSERT INTO outline VALUES ('y', 'section', NULL, 'S', 'first')`),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
    db.exec(`DELETE FROM outline WHERE id = 's'`);
    expect(db.prepare('SELECT count(*) AS n FROM lessons').get()).toEqual({ n: 0 });
    db.close();
  });

  it('2 (workflow): keeps version-1 data, counts words of existing lessons, adds workflow tables', () => {
    const db = freshDatabase();
    migrate(db, 1);
    const doc = JSON.stringify({
      root: {
        type: 'root',
        children: [
          { type: 'paragraph', children: [{ type: 'text', text: 'Hello brave world 你好世界' }] },
        ],
      },
    });
    db.prepare(`INSERT INTO outline VALUES ('s', 'section', NULL, 'Section', 0)`).run();
    db.prepare(`INSERT INTO outline VALUES ('l', 'lesson', 's', 'Lesson', 0)`).run();
    db.prepare(
      `INSERT INTO lessons (id, doc, revision, updated_at) VALUES ('l', ?, 7, 'then')`,
    ).run(doc);

    migrate(db, 2);

    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT doc, revision, word_count FROM lessons').get()).toEqual({
      doc,
      revision: 7,
      word_count: 7,
    });
    db.prepare(`INSERT INTO comments VALUES ('c', 'l', 'Ann', 'Typo', NULL, 0, 'now')`).run();
    db.prepare(
      `INSERT INTO jobs (id, kind, state, created_at, updated_at) VALUES ('j', 'transcode', 'queued', 'now', 'now')`,
    ).run();
    expect(() =>
      db
        .prepare(
          `INSERT INTO jobs (id, kind, state, created_at, updated_at) VALUES ('k', 't', 'lost', 'now', 'now')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare(`DELETE FROM outline WHERE id = 'l'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM comments').get()).toEqual({ n: 0 });
    db.close();
  });

  it('3 (assessment): gives existing courses a passing score of 80 and a package id', () => {
    const db = freshDatabase();
    migrate(db, 2);
    db.prepare(
      `INSERT INTO course (id, title, language, created_at, updated_at) VALUES (1, 'T', 'en', 'a', 'b')`,
    ).run();

    migrate(db, 3);

    expect(db.pragma('user_version', { simple: true })).toBe(3);
    const row = db.prepare('SELECT title, passing_score, package_id FROM course').get() as {
      title: string;
      passing_score: number;
      package_id: string;
    };
    expect(row).toMatchObject({ title: 'T', passing_score: 80 });
    expect(row.package_id).toMatch(/^[0-9a-f]{32}$/);
    expect(() => db.prepare('UPDATE course SET passing_score = 101').run()).toThrow(/CHECK/);
    db.close();
  });

  it('4 (media): links existing jobs to their assets and adds the staged-chunk table', () => {
    const db = freshDatabase();
    migrate(db, 3);
    db.prepare(
      `INSERT INTO jobs (id, kind, state, payload, created_at, updated_at)
       VALUES ('j1', 'media.import', 'failed', '{"assetId":"a1","title":"Talk"}', 'then', 'then'),
              ('j2', 'other', 'done', 'not json', 'then', 'then')`,
    ).run();
    db.prepare(`INSERT INTO chunks (hash, size, data) VALUES ('h', 1, x'00')`).run();

    migrate(db, 4);

    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(db.prepare('SELECT id, asset_id, payload FROM jobs ORDER BY id').all()).toEqual([
      { id: 'j1', asset_id: 'a1', payload: '{"assetId":"a1","title":"Talk"}' },
      { id: 'j2', asset_id: null, payload: 'not json' },
    ]);
    db.prepare(`INSERT INTO job_chunks (job_id, hash) VALUES ('j1', 'h')`).run();
    expect(() =>
      db.prepare(`INSERT INTO job_chunks (job_id, hash) VALUES ('j1', 'nope')`).run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare(`DELETE FROM jobs WHERE id = 'j1'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM job_chunks').get()).toEqual({ n: 0 });
    db.close();
  });

  it('5 (lesson-passing): existing lessons follow the course, and a mark is 0..100 or none', () => {
    const db = freshDatabase();
    migrate(db, 4);
    db.exec(`
      INSERT INTO outline VALUES ('s', 'section', NULL, 'S', 0);
      INSERT INTO outline VALUES ('l', 'lesson', 's', 'L', 0);
      INSERT INTO lessons (id, doc, updated_at) VALUES ('l', '{}', 'now');`);

    migrate(db, 5);

    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(db.prepare('SELECT id, doc, passing_score FROM lessons').get()).toEqual({
      id: 'l',
      doc: '{}',
      passing_score: null,
    });
    db.prepare(`UPDATE lessons SET passing_score = 100`).run();
    expect(() => db.prepare('UPDATE lessons SET passing_score = -1').run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE lessons SET passing_score = 'high'`).run()).toThrow(
      /cannot store TEXT/,
    );
    db.close();
  });

  it('6 (outline-trash): keeps version-5 data; a trashed lesson comes back with its comments', () => {
    const db = freshDatabase();
    migrate(db, 5);
    db.exec(`
      INSERT INTO outline VALUES ('s', 'section', NULL, 'S', 0);
      INSERT INTO outline VALUES ('l', 'lesson', 's', 'L', 0);
      INSERT INTO outline VALUES ('m', 'lesson', 's', 'M', 1);
      INSERT INTO lessons (id, doc, updated_at, passing_score) VALUES ('l', '{"v":1}', 'then', 70);
      INSERT INTO lessons (id, doc, updated_at) VALUES ('m', '{}', 'then');
      INSERT INTO comments VALUES ('c', 'l', 'Ann', 'Nice 好', NULL, 0, 'then');`);

    migrate(db, 6);

    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(db.prepare('SELECT id, passing_score FROM lessons ORDER BY id').all()).toEqual([
      { id: 'l', passing_score: 70 },
      { id: 'm', passing_score: null },
    ]);
    expect(db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'outline_trash'`).get()).toEqual({
      sql: expect.stringMatching(/\) STRICT$/) as unknown,
    });
    const token = trashNode(db, 'l', 'now');
    expect(db.prepare('SELECT count(*) AS n FROM comments').get()).toEqual({ n: 0 });
    expect(restoreFromTrash(db, token)).toBe('l');
    expect(db.prepare('SELECT * FROM comments').all()).toEqual([
      {
        id: 'c',
        lesson_id: 'l',
        author: 'Ann',
        body: 'Nice 好',
        anchor: null,
        resolved: 0,
        created_at: 'then',
      },
    ]);
    expect(
      db.prepare('SELECT id, position FROM outline WHERE parent_id = ? ORDER BY position').all('s'),
    ).toEqual([
      { id: 'l', position: 0 },
      { id: 'm', position: 1 },
    ]);
    expect(db.prepare('SELECT doc, passing_score FROM lessons WHERE id = ?').get('l')).toEqual({
      doc: '{"v":1}',
      passing_score: 70,
    });
    expect(db.prepare('SELECT count(*) AS n FROM outline_trash').get()).toEqual({ n: 0 });
    db.close();
  });

  it('7 (publications): a version-6 publication keeps its row and reads as a succeeded send', () => {
    const db = freshDatabase();
    migrate(db, 6);
    db.exec(`INSERT INTO publications (id, target, format, remote_id, sha256, published_at)
             VALUES ('p', 'Moodle 课程', 'scorm12', 'r1', 'abc', '2026-01-01T00:00:00Z')`);

    migrate(db, 7);

    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.prepare('SELECT * FROM publications').get()).toEqual({
      id: 'p',
      target: 'Moodle 课程',
      format: 'scorm12',
      remote_id: 'r1',
      sha256: 'abc',
      published_at: '2026-01-01T00:00:00Z',
      profile: '',
      kind: '',
      size: 0,
      result: 'succeeded',
      url: null,
      messages: '[]',
      steps: '[]',
      error_code: null,
    });
    expect(() =>
      db.prepare(`UPDATE publications SET result = 'maybe' WHERE id = 'p'`).run(),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('8 (review): keeps comments and snapshots, lets comments outlive their lesson', () => {
    const db = freshDatabase();
    migrate(db, 7);
    db.exec(`
      INSERT INTO outline VALUES ('s', 'section', NULL, 'S', 0);
      INSERT INTO outline VALUES ('l', 'lesson', 's', 'L', 0);
      INSERT INTO lessons (id, doc, updated_at) VALUES ('l', '{}', 'now');
      INSERT INTO comments (id, lesson_id, author, body, anchor, resolved, created_at)
        VALUES ('c', 'l', 'Ann', 'Nice', NULL, 1, '2026-01-01T00:00:00.000Z');
      INSERT INTO snapshots VALUES ('n', 'Draft', '{}', '2026-01-01T00:00:00.000Z');`);

    migrate(db, 8);

    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(db.prepare('SELECT * FROM comments').get()).toEqual({
      id: 'c',
      lesson_id: 'l',
      parent_id: null,
      author: 'Ann',
      body: 'Nice',
      anchor: null,
      resolved: 1,
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
    });
    expect(db.prepare('SELECT label, kind, reason FROM snapshots').get()).toEqual({
      label: 'Draft',
      kind: 'named',
      reason: '',
    });
    // Trashing and restoring the lesson keeps its comment once: comments outlive their lesson.
    const token = trashNode(db, 'l', 'now');
    expect(db.prepare('SELECT count(*) AS n FROM comments').get()).toEqual({ n: 1 });
    expect(restoreFromTrash(db, token)).toBe('l');
    expect(db.prepare('SELECT count(*) AS n FROM comments').get()).toEqual({ n: 1 });
    // Deleting the lesson no longer deletes its comments: they are shown as orphaned.
    db.exec(`DELETE FROM outline WHERE id = 'l'`);
    expect(db.prepare('SELECT count(*) AS n FROM comments').get()).toEqual({ n: 1 });
    expect(() => db.exec(`UPDATE snapshots SET kind = 'other'`)).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) AS n FROM review_copy').get()).toEqual({ n: 0 });
    db.close();
  });

  it('roll back a migration that fails half way, leaving the old version', () => {
    const db = freshDatabase();
    migrate(db, 1);
    db.exec('CREATE TABLE jobs (x)'); // makes migration 2 fail part way through
    expect(() => migrate(db)).toThrow(/already exists/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(
      db
        .prepare("SELECT count(*) AS n FROM pragma_table_info('lessons') WHERE name = 'word_count'")
        .get(),
    ).toEqual({ n: 0 });
    db.close();
  });

  it('count words in English and Chinese', () => {
    expect(countWords('The quick brown fox')).toBe(4);
    expect(countWords('学习编程')).toBe(4);
    expect(countWords('Python 是一门语言, ok?')).toBe(7);
    expect(countWords(' — , ')).toBe(0);
  });
});
