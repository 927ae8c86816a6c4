/**
 * Publishing to Canvas against a local server that answers as canvas-lms does
 * (tests/support/canvas-server.ts names each source file).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startCanvas, type CanvasOptions, type CanvasServer } from '../../support/canvas-server';
import { publishingStudio } from '../../support/publish-studio';

const servers: CanvasServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function setUp(
  options: Partial<CanvasOptions> = {},
  token = 'teacher-token',
  courseId = '42',
) {
  const server = await startCanvas({
    tokens: { 'teacher-token': ['42'], 'student-token': [] },
    courses: ['42'],
    ...options,
  });
  servers.push(server);
  const studio = await publishingStudio();
  await studio.call('profiles.save', {
    profile: { name: 'canvas', kind: 'canvas', url: server.url, courseId, format: 'imscc13' },
    secret: token,
  });
  return { server, ...studio };
}

describe('publishing to Canvas', () => {
  it('creates a migration, uploads the cartridge last, follows progress and lists the issues', async () => {
    const issues = [
      {
        issue_type: 'warning',
        description: 'Missing links found in imported content',
        error_message: null,
      },
    ];
    const { server, publish, phases } = await setUp({ issues, confirmByRedirect: true });
    const { job, publication } = await publish('canvas');
    expect(job.error).toBeNull();
    expect(server.uploads).toEqual([
      {
        name: 'Publish-发布-imscc13.zip',
        bytes: publication.size,
        fieldsBeforeFile: ['upload_key', 'filename'],
      },
    ]);
    expect(server.confirmed).toBe(1);
    expect(publication).toMatchObject({
      kind: 'canvas',
      result: 'succeeded',
      remoteId: '1',
      messages: ['warning: Missing links found in imported content'],
    });
    expect(phases).toEqual(expect.arrayContaining(['preparing', 'uploading', 'queued', 'running']));
  });

  it("a failed migration reaches the teacher in Canvas's words", async () => {
    const { publish } = await setUp({
      failWith: 'The import file is not a valid Common Cartridge.',
    });
    const { job, publication } = await publish('canvas');
    expect(job.error).toMatchObject({ code: 'PUBLISH_IMPORT_FAILED' });
    expect(job.error?.details?.platformMessage).toBe(
      'The import file is not a valid Common Cartridge.',
    );
    expect(publication.result).toBe('failed');
  });

  it('a bad token, missing rights and an unknown course are told apart', async () => {
    expect((await (await setUp({}, 'wrong')).publish('canvas')).job.error).toMatchObject({
      code: 'PUBLISH_AUTH_FAILED',
    });
    expect((await (await setUp({}, 'student-token')).publish('canvas')).job.error).toMatchObject({
      code: 'PUBLISH_FORBIDDEN',
    });
    expect(
      (await (await setUp({}, 'teacher-token', '77')).publish('canvas')).job.error,
    ).toMatchObject({ code: 'PUBLISH_NOT_FOUND' });
  });

  it('answers malformed migrations as canvas-lms does (the rules the connector relies on)', async () => {
    const server = await startCanvas({ tokens: { t: ['42'] }, courses: ['42'] });
    servers.push(server);
    const post = (fields: Record<string, string>) =>
      fetch(`${server.url}/api/v1/courses/42/content_migrations`, {
        method: 'POST',
        headers: { Authorization: 'Bearer t' },
        body: new URLSearchParams(fields),
      });
    const wrongType = await post({
      migration_type: 'zip_file_importer',
      'pre_attachment[name]': 'c.zip',
    });
    expect(wrongType.status).toBe(400);
    expect(await wrongType.json()).toEqual({ message: 'Invalid migration_type' });
    const noFile = await post({ migration_type: 'common_cartridge_importer' });
    expect(noFile.status).toBe(400);
    expect(await noFile.json()).toEqual({ message: 'File upload or url is required' });
  });
});
