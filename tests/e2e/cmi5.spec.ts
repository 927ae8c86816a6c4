/**
 * cmi5: the exported AU runs against a test LRS (a small http server on another origin that
 * answers the fetch URL, serves LMS.LaunchData and records statements). The LMS side writes
 * `launched`; the AU must then send initialized, completed, passed (with the right scaled
 * score) and terminated, in that order, each in the registration and with the context
 * template the LMS gave it.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { exportedPackage } from './package-course';
import { startStaticServer } from './package-server';

interface Statement {
  verb: { id: string };
  object: {
    id: string;
    definition?: { type?: string; interactionType?: string; correctResponsesPattern?: string[] };
  };
  actor: unknown;
  context: {
    registration: string;
    contextActivities?: { category?: { id: string }[]; parent?: unknown[] };
    extensions?: Record<string, unknown>;
  };
  result?: {
    score?: { scaled: number };
    success?: boolean;
    completion?: boolean;
    response?: string;
  };
}

const token = Buffer.from('learner:secret').toString('base64');
const sessionExtension = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

/** A test LRS with the cmi5 fetch URL; records statements and state documents. */
async function startLrs(launchData: object) {
  const statements: Statement[] = [];
  const state = new Map<string, string>();
  let fetches = 0;
  const cors = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
    'Access-Control-Allow-Methods': 'GET, PUT, POST, OPTIONS',
  };
  const body = (request: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => resolve(text));
    });
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://lrs');
    if (request.method === 'OPTIONS') return void response.writeHead(204, cors).end();
    if (url.pathname === '/fetch' && request.method === 'POST') {
      fetches += 1;
      // The fetch URL works once per launch (cmi5 §8.2.3).
      if (fetches > 1)
        return void response
          .writeHead(200, { ...cors, 'Content-Type': 'application/json' })
          .end(JSON.stringify({ 'error-code': '1', 'error-text': 'already used' }));
      return void response
        .writeHead(200, { ...cors, 'Content-Type': 'application/json' })
        .end(JSON.stringify({ 'auth-token': token }));
    }
    if (request.headers.authorization !== `Basic ${token}`)
      return void response.writeHead(401, cors).end();
    if (url.pathname === '/xapi/statements' && request.method === 'POST') {
      statements.push(JSON.parse(await body(request)) as Statement);
      return void response
        .writeHead(200, { ...cors, 'Content-Type': 'application/json' })
        .end('[]');
    }
    if (url.pathname === '/xapi/activities/state') {
      const stateId = url.searchParams.get('stateId') ?? '';
      if (request.method === 'GET') {
        const document =
          stateId === 'LMS.LaunchData' ? JSON.stringify(launchData) : state.get(stateId);
        if (document === undefined) return void response.writeHead(404, cors).end();
        return void response
          .writeHead(200, { ...cors, 'Content-Type': 'application/json' })
          .end(document);
      }
      state.set(stateId, await body(request));
      return void response.writeHead(204, cors).end();
    }
    response.writeHead(404, cors).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    statements,
    close: () =>
      new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

test('cmi5: the AU reports initialized, each answer, completed, passed with its score, and terminated, in order', async ({
  page,
}) => {
  const folder = await exportedPackage('cmi5');
  const structure = readFileSync(join(folder, 'cmi5.xml'), 'utf8');
  const auId = /<au id="([^"]+)"/.exec(structure)?.[1] ?? '';
  expect(auId).toMatch(/^urn:course-studio:course:[0-9a-f]{32}\/au$/);
  expect(structure).toContain('masteryScore="0.75"');
  expect(structure).toContain('moveOn="CompletedAndPassed"');

  const registration = '6f1c5a34-0b8e-4c58-9d2f-3c1c7b2f9a10';
  const lrs = await startLrs({
    contextTemplate: {
      contextActivities: { grouping: [{ id: 'urn:course-studio:test-course' }] },
      extensions: { [sessionExtension]: 'session-1' },
    },
    launchMode: 'Normal',
    masteryScore: 0.75,
    moveOn: 'CompletedAndPassed',
    launchMethod: 'AnyWindow',
  });
  const site = await startStaticServer({ '/au/': folder });
  try {
    const actor = {
      objectType: 'Agent',
      name: 'Ann Learner',
      account: { homePage: 'https://lms.example', name: 'ann' },
    };
    // The LMS records `launched` before it opens the AU.
    lrs.statements.push({
      verb: { id: 'http://adlnet.gov/expapi/verbs/launched' },
      object: { id: auId },
      actor,
      context: { registration },
    });
    const query = new URLSearchParams({
      endpoint: `${lrs.origin}/xapi/`,
      fetch: `${lrs.origin}/fetch`,
      actor: JSON.stringify(actor),
      registration,
      activityId: auId,
    });
    await page.goto(`${site.origin}/au/index.html?${query.toString()}`);
    await expect(page.locator('.cs-progress-text')).toBeVisible();

    // In-video question, then every question right except the one-attempt true / false.
    const video = page.locator('figure.cs-video video');
    await video.evaluate(
      (element: HTMLVideoElement) => ((element.muted = true), (element.currentTime = 1.5)),
    );
    const check = async (scope: ReturnType<typeof page.locator>, labels: string[]) => {
      for (const label of labels) await scope.getByLabel(label, { exact: true }).check();
      await scope.getByRole('button', { name: 'Check answer' }).click();
    };
    await check(page.locator('.cs-video-question'), ['A test pattern']);
    await page.locator('.cs-next').click();
    await check(page.locator('form.cs-quiz').nth(0), ['Gravity 引力']);
    await check(page.locator('form.cs-quiz').nth(1), ['Velocity', 'Force']);
    await page.locator('.cs-next').click();
    await check(page.locator('form.cs-quiz').nth(0), ['False']);
    await page.locator('form.cs-quiz').nth(1).getByLabel('Your answer').fill('牛顿');
    await page.locator('form.cs-quiz').nth(1).getByRole('button', { name: 'Check answer' }).click();
    await page.locator('.cs-next').click();
    await page.getByRole('button', { name: 'Finish course' }).click();
    await expect(page.locator('.cs-finished')).toHaveText(
      'Your results are saved. You can close this window.',
    );

    await expect.poll(() => lrs.statements.length).toBe(10);
    const verbOf = (statement: (typeof lrs.statements)[number]) =>
      statement.verb.id.split('/').pop();
    // Five answers go out as allowed "answered" statements between initialized and completed.
    expect(lrs.statements.map(verbOf)).toEqual([
      'launched',
      'initialized',
      ...Array<string>(5).fill('answered'),
      'completed',
      'passed',
      'terminated',
    ]);
    const answered = lrs.statements.filter((statement) => verbOf(statement) === 'answered');
    for (const statement of answered) {
      expect(statement.object.id.startsWith(`${auId}/question/`)).toBe(true);
      expect(statement.object.definition?.type).toBe(
        'http://adlnet.gov/expapi/activities/cmi.interaction',
      );
      expect(statement.context.registration).toBe(registration);
      expect(statement.context.extensions?.[sessionExtension]).toBe('session-1');
      expect(statement.context.contextActivities?.parent).toEqual([
        { id: auId, objectType: 'Activity' },
      ]);
      expect(statement.context.contextActivities?.category ?? []).not.toContainEqual({
        id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
      });
    }
    expect(
      answered.map((statement) => [
        statement.object.definition?.interactionType,
        statement.result?.success,
      ]),
    ).toEqual([
      ['choice', true],
      ['choice', true],
      ['choice', true],
      ['true-false', false],
      ['fill-in', true],
    ]);
    expect(answered[3]?.result?.response).toBe('false');
    expect(answered[4]?.result).toMatchObject({ response: '牛顿' });
    expect(answered[4]?.object.definition?.correctResponsesPattern).toContain('牛顿');
    const defined = lrs.statements.filter((statement) => verbOf(statement) !== 'answered');
    for (const statement of defined.slice(1)) {
      expect(statement.object.id).toBe(auId);
      expect(statement.actor).toEqual(actor);
      expect(statement.context.registration).toBe(registration);
      expect(statement.context.extensions?.[sessionExtension]).toBe('session-1');
      expect(statement.context.contextActivities?.category).toContainEqual({
        id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
      });
    }
    const [, , completed, passed] = defined;
    expect(completed?.result?.completion).toBe(true);
    expect(completed?.context.contextActivities?.category).toContainEqual({
      id: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
    });
    expect(passed?.result).toMatchObject({ success: true, score: { scaled: 0.8333 } });
  } finally {
    await site.close();
    await lrs.close();
  }
});
