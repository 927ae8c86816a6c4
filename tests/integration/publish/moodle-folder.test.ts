/**
 * Moodle (the package reaches the teacher's draft files; the history says what to do next,
 * never "published") and a folder (written in one step, never half a file).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startMoodle, type MoodleServer } from '../../support/moodle-server';
import { publishingStudio } from '../../support/publish-studio';

const servers: MoodleServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

describe('publishing to Moodle', () => {
  it('uploads to the draft area and lists the steps left, with the kept package', async () => {
    const server = await startMoodle({ token: 'abc123' });
    servers.push(server);
    const { call, publish } = await publishingStudio();
    await call('profiles.save', {
      profile: {
        name: 'moodle',
        kind: 'moodle',
        url: server.url,
        courseId: '7',
        format: 'scorm12',
      },
      secret: 'abc123',
    });
    const { job, publication } = await publish('moodle');
    expect(job.error).toBeNull();
    expect(server.stored).toEqual([
      { filename: 'Publish-发布-scorm12.zip', bytes: publication.size, itemid: 900000 },
    ]);
    expect(publication.result).toBe('needs-action');
    expect(publication.steps.map((step) => step.key)).toEqual([
      'moodle.step.openCourse',
      'moodle.step.addScorm',
      'moodle.step.pickPackage',
      'moodle.step.grade',
    ]);
    expect(publication.steps[0]!.params.url).toBe(`${server.url}/course/view.php?id=7`);
    const kept = publication.steps[2]!.params.path!;
    expect(createHash('sha256').update(readFileSync(kept)).digest('hex')).toBe(publication.sha256);
  });

  it('a wrong token and an oversized package are coded errors', async () => {
    const server = await startMoodle({ token: 'abc123', maxBytes: 1000 });
    servers.push(server);
    const { call, publish } = await publishingStudio();
    await call('profiles.save', {
      profile: { name: 'wrong', kind: 'moodle', url: server.url, format: 'scorm12' },
      secret: 'nope',
    });
    await call('profiles.save', {
      profile: { name: 'small', kind: 'moodle', url: server.url, format: 'scorm12' },
      secret: 'abc123',
    });
    expect((await publish('wrong')).job.error).toMatchObject({ code: 'PUBLISH_AUTH_FAILED' });
    expect((await publish('small')).job.error).toMatchObject({ code: 'PUBLISH_TOO_LARGE' });
    expect(server.stored).toEqual([]);
  });
});

describe('publishing to a folder', () => {
  it('replaces the package in one step and leaves nothing half-written', async () => {
    const { call, publish, dir } = await publishingStudio();
    const folder = join(dir, 'synced');
    mkdirSync(folder);
    writeFileSync(join(folder, 'Publish-发布-scorm12.zip'), 'an older package');
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    await call('profiles.save', {
      profile: { name: 'drive', kind: 'folder', url: folder, format: 'scorm12' },
    });
    const { job, publication } = await publish('drive');
    expect(job.error).toBeNull();
    expect(readdirSync(folder).sort()).toEqual(['Publish-发布-scorm12.zip', 'notes.txt']);
    const bytes = readFileSync(join(folder, 'Publish-发布-scorm12.zip'));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(publication.sha256);
    // History keeps what was sent: a snapshot is taken before every publish.
    const snapshots = await call('snapshots.list', {});
    expect(snapshots.map((snapshot) => snapshot.reason)).toContain('publish');
    expect(publication).toMatchObject({
      result: 'succeeded',
      url: join(folder, 'Publish-发布-scorm12.zip'),
    });

    await call('profiles.save', {
      profile: { name: 'gone', kind: 'folder', url: join(dir, 'missing'), format: 'scorm12' },
    });
    expect((await publish('gone')).job.error).toMatchObject({ code: 'FILE_NOT_FOUND' });
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});
