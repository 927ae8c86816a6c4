/**
 * Publishing to Open edX Studio (and XuetangX) against a local server that answers as
 * edx-platform's views do (tests/support/openedx-server.ts names each source file).
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  startOpenEdx,
  type OpenEdxOptions,
  type OpenEdxServer,
} from '../../support/openedx-server';
import { publishingStudio } from '../../support/publish-studio';

const courseKey = 'course-v1:TsinghuaX+PHYS101+2026_T1';
const servers: OpenEdxServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function setUp(options: Partial<OpenEdxOptions> = {}, secret = 's3cret-client') {
  const server = await startOpenEdx({
    clientId: 'course-studio',
    clientSecret: 's3cret-client',
    authorOf: [courseKey],
    ...options,
  });
  servers.push(server);
  const studio = await publishingStudio();
  await studio.call('profiles.save', {
    profile: {
      name: 'xuetangx',
      kind: 'openedx',
      url: `${server.url}/`,
      lmsUrl: server.url,
      courseId: courseKey,
      user: 'course-studio',
      format: 'olx',
    },
    secret,
  });
  return { server, ...studio };
}

describe('publishing to Open edX', () => {
  it('sends the OLX as course_data, follows the task through its states and records success', async () => {
    const { server, publish, phases } = await setUp({ pollsPerState: 2 });
    const { job, publication } = await publish('xuetangx');
    expect(job.error).toBeNull();
    expect(publication).toMatchObject({
      kind: 'openedx',
      format: 'olx',
      result: 'succeeded',
      url: `${server.url}/course/${courseKey}`,
    });
    const [upload] = [...server.received.values()];
    expect(upload).toEqual({ filename: 'Publish-发布-olx.tar.gz', bytes: publication.size });
    // Every state the task passed through was shown, in order.
    expect(phases).toEqual(
      expect.arrayContaining([
        'authenticating',
        'uploading',
        'Pending',
        'Unpacking',
        'Verifying',
        'Updating',
      ]),
    );
    expect(phases.indexOf('Unpacking')).toBeLessThan(phases.indexOf('Updating'));
    expect(server.answered.at(-1)).toBe('Succeeded');
  });

  it("shows the import's own error, word for word, when the task fails", async () => {
    const message = 'Error while importing: the <course> element has no url_name; 第 3 行。';
    const { publish } = await setUp({ failWith: message });
    const { job, publication } = await publish('xuetangx');
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'PUBLISH_IMPORT_FAILED' });
    expect(job.error?.details?.platformMessage).toBe(message);
    expect(publication).toMatchObject({
      result: 'failed',
      errorCode: 'PUBLISH_IMPORT_FAILED',
      messages: [message],
    });
  });

  it('a wrong client secret, an expired token and missing author rights are coded errors', async () => {
    const wrong = await setUp({}, 'not-the-secret');
    expect((await wrong.publish('xuetangx')).job.error).toMatchObject({
      code: 'PUBLISH_AUTH_FAILED',
    });

    const expired = await setUp({ expireTokens: true });
    const { job } = await expired.publish('xuetangx');
    expect(job.error).toMatchObject({ code: 'PUBLISH_AUTH_FAILED' });
    expect(job.error?.details?.platformMessage).toBe('Signature has expired.');

    const noRights = await setUp({ authorOf: [] });
    expect((await noRights.publish('xuetangx')).job.error).toMatchObject({
      code: 'PUBLISH_FORBIDDEN',
    });
  });

  it('a slow import can be cancelled while it is polled; the history says cancelled', async () => {
    const { studio, call } = await setUp({ pollsPerState: 100_000 });
    const { jobId } = await call('publish.run', { profile: 'xuetangx' });
    const stop = studio.onEvent((event, payload) => {
      if (event === 'job.progress' && (payload as { phase: string }).phase === 'Pending') {
        stop();
        studio.jobs().cancel(jobId);
      }
    });
    const job = await studio.jobs().settled(jobId);
    expect(job.state).toBe('cancelled');
    expect((await call('publications.list', {}))[0]).toMatchObject({ result: 'cancelled' });
  });

  it('answers malformed calls as the real view does (the rules the connector relies on)', async () => {
    const server = await startOpenEdx({ clientId: 'c', clientSecret: 's', authorOf: [courseKey] });
    servers.push(server);
    const token = (await (
      await fetch(`${server.url}/oauth2/access_token`, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: 'c',
          client_secret: 's',
          token_type: 'jwt',
        }),
      })
    ).json()) as { access_token: string };
    const auth = { Authorization: `JWT ${token.access_token}` };
    const importUrl = `${server.url}/api/courses/v0/import/${encodeURIComponent(courseKey)}/`;
    const form = (name: string, file: string) => {
      const data = new FormData();
      data.append(name, new Blob(['x']), file);
      return data;
    };
    // A missing course_data: 500 with an empty developer message, not 400.
    const missing = await fetch(importUrl, {
      method: 'POST',
      headers: auth,
      body: form('file', 'c.tar.gz'),
    });
    expect(missing.status).toBe(500);
    expect(await missing.json()).toEqual({ developer_message: '', error_code: 'internal_error' });
    // A wrong file type: the same.
    const wrongType = await fetch(importUrl, {
      method: 'POST',
      headers: auth,
      body: form('course_data', 'c.rar'),
    });
    expect(wrongType.status).toBe(500);
    // A status call without filename: 500 naming the missing key.
    const { task_id } = (await (
      await fetch(importUrl, {
        method: 'POST',
        headers: auth,
        body: form('course_data', 'c.tar.gz'),
      })
    ).json()) as { task_id: string };
    const status = await fetch(`${importUrl}?task_id=${task_id}`, { headers: auth });
    expect(status.status).toBe(500);
    expect(await status.json()).toMatchObject({ developer_message: "'filename'" });
    // A token that is not a JWT is refused by the JWT-only API.
    const opaque = (await (
      await fetch(`${server.url}/oauth2/access_token`, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: 'c',
          client_secret: 's',
        }),
      })
    ).json()) as { access_token: string };
    expect(
      (
        await fetch(`${importUrl}?task_id=${task_id}&filename=c.tar.gz`, {
          headers: { Authorization: `JWT ${opaque.access_token}` },
        })
      ).status,
    ).toBe(401);
  });

  it('a course without a secret is refused before anything is built', async () => {
    const { call } = await setUp();
    await call('profiles.save', {
      profile: {
        name: 'no secret',
        kind: 'openedx',
        url: 'https://studio.example.org',
        courseId: courseKey,
        format: 'olx',
      },
    });
    await expect(call('publish.run', { profile: 'no secret' })).rejects.toMatchObject({
      code: 'PUBLISH_NO_SECRET',
    });
  });
});
