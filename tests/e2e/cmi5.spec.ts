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
const masteryScoreExtension = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

/**
 * A test LRS with the cmi5 fetch URL (each `/fetch?launch=N` works once, cmi5 §8.2.3), the
 * State API, the learner's cmi5LearnerPreferences in the Agent Profile API, and a page for
 * the LMS's returnURL; records statements and state documents.
 */
async function startLrs(launchData: object, preferences?: object) {
  const statements: Statement[] = [];
  const state = new Map<string, string>();
  const usedFetchUrls = new Set<string>();
  const profileRequests: string[] = [];
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
    if (url.pathname === '/returned')
      return void response
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end('<!DOCTYPE html><title>LMS</title><h1>Back in the LMS</h1>');
    if (url.pathname === '/fetch' && request.method === 'POST') {
      const used = usedFetchUrls.has(url.search);
      usedFetchUrls.add(url.search);
      if (used)
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
    if (url.pathname === '/xapi/agents/profile' && request.method === 'GET') {
      profileRequests.push(url.searchParams.get('profileId') ?? '');
      if (url.searchParams.get('profileId') !== 'cmi5LearnerPreferences' || !preferences)
        return void response.writeHead(404, cors).end();
      return void response
        .writeHead(200, { ...cors, 'Content-Type': 'application/json' })
        .end(JSON.stringify(preferences));
    }
    if (url.pathname === '/xapi/activities/state') {
      const stateId = url.searchParams.get('stateId') ?? '';
      const key = `${url.searchParams.get('registration')}|${stateId}`;
      if (request.method === 'GET') {
        const document = stateId === 'LMS.LaunchData' ? JSON.stringify(launchData) : state.get(key);
        if (document === undefined) return void response.writeHead(404, cors).end();
        return void response
          .writeHead(200, { ...cors, 'Content-Type': 'application/json' })
          .end(document);
      }
      state.set(key, await body(request));
      return void response.writeHead(204, cors).end();
    }
    response.writeHead(404, cors).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    statements,
    profileRequests,
    close: () =>
      new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/** The AU's launch URL as an LMS builds it (cmi5 §8.1), with a fresh fetch URL. */
function launchQuery(
  lrs: { origin: string },
  actor: object,
  registration: string,
  activityId: string,
  launch: number,
): string {
  return new URLSearchParams({
    endpoint: `${lrs.origin}/xapi/`,
    fetch: `${lrs.origin}/fetch?launch=${launch}`,
    actor: JSON.stringify(actor),
    registration,
    activityId,
  }).toString();
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
  const lrs = await startLrs(
    {
      contextTemplate: {
        contextActivities: { grouping: [{ id: 'urn:course-studio:test-course' }] },
        extensions: { [sessionExtension]: 'session-1' },
      },
      launchMode: 'Normal',
      masteryScore: 0.75,
      moveOn: 'CompletedAndPassed',
      launchMethod: 'AnyWindow',
    },
    { languagePreference: 'en-US', audioPreference: 'off' },
  );
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
    await page.goto(
      `${site.origin}/au/index.html?${launchQuery(lrs, actor, registration, auId, 1)}`,
    );
    await expect(page.locator('.cs-progress-text')).toBeVisible();
    // The learner's preferences are read at launch (cmi5 §11.0); audio "off" mutes the video.
    expect(lrs.profileRequests).toEqual(['cmi5LearnerPreferences']);
    await page.getByRole('link', { name: 'Start the course' }).click();
    await expect(page.locator('figure.cs-video video')).toHaveJSProperty('muted', true);

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
    // cmi5 §9.5.1: raw is an integer; §9.6.3.2: the mastery score the AU was launched with.
    expect(passed?.result).toMatchObject({
      success: true,
      score: { scaled: 0.8333, raw: 83, min: 0, max: 100 },
    });
    expect(passed?.context.extensions?.[masteryScoreExtension]).toBe(0.75);
    expect(completed?.context.extensions?.[masteryScoreExtension]).toBeUndefined();
  } finally {
    await site.close();
    await lrs.close();
  }
});

test('cmi5: a relaunch of the same registration sends completed and passed once, the AU returns to returnURL, and the learner language picks the player language', async ({
  page,
}) => {
  const folder = await exportedPackage('cmi5', { scoPerLesson: true });
  const structure = readFileSync(join(folder, 'cmi5.xml'), 'utf8');
  // The second lesson's AU: two questions, so completed and passed both apply.
  const [, au] = [...structure.matchAll(/<au id="([^"]+)"[^>]*>[\s\S]*?<url>([^<]+)<\/url>/g)];
  const [auId, url] = [au![1]!, au![2]!];
  const registration = '0b3e7a52-5f1d-4f4b-9a57-1f0c2d6b8e21';
  const lrsHolder: { origin?: string } = {};
  const lrs = await startLrs(
    {
      contextTemplate: { extensions: { [sessionExtension]: 'session-r' } },
      launchMode: 'Normal',
      masteryScore: 0.75,
      moveOn: 'CompletedAndPassed',
      launchMethod: 'AnyWindow',
      get returnURL() {
        return `${lrsHolder.origin}/returned`;
      },
    },
    { languagePreference: 'zh-CN,en-US', audioPreference: 'on' },
  );
  lrsHolder.origin = lrs.origin;
  const site = await startStaticServer({ '/au/': folder });
  const actor = { objectType: 'Agent', mbox: 'mailto:bo@example.com' };
  const verbs = () => lrs.statements.map((statement) => statement.verb.id.split('/').pop());
  try {
    // Launch 1: both questions right, then exit; the AU goes back to the LMS.
    await page.goto(`${site.origin}/au/${url}?${launchQuery(lrs, actor, registration, auId, 1)}`);
    await expect(page.locator('h1')).toHaveText('Quiz time & <checks>');
    const check = async (index: number, labels: string[]) => {
      const quiz = page.locator('form.cs-quiz').nth(index);
      for (const label of labels) await quiz.getByLabel(label, { exact: true }).check();
      // The lesson's own text (its buttons included) stays in the course's language.
      await quiz.getByRole('button', { name: 'Check answer' }).click();
    };
    // cmi5LearnerPreferences asked for Chinese first: the player's own words are Chinese.
    await expect(page.locator('.cs-progress-text')).toHaveText(/^已学 1 \/ 1 课/);
    await check(0, ['Gravity 引力']);
    await check(1, ['Velocity', 'Force']);
    await page.getByRole('button', { name: '完成课程' }).click();
    // cmi5 §10.0 (returnURL): when the AU terminates it redirects the window there.
    await page.waitForURL(`${lrs.origin}/returned`);
    await expect(page.locator('h1')).toHaveText('Back in the LMS');
    expect(verbs()).toEqual([
      'initialized',
      'answered',
      'answered',
      'completed',
      'passed',
      'terminated',
    ]);

    // Launch 2 of the same registration: progress resumes, nothing once-only is repeated.
    await page.goto(`${site.origin}/au/${url}?${launchQuery(lrs, actor, registration, auId, 2)}`);
    await expect(page.locator('h1')).toHaveText('Quiz time & <checks>');
    await expect(page.getByLabel('Gravity 引力', { exact: true })).toBeChecked();
    await page.getByRole('button', { name: '完成课程' }).click();
    await page.waitForURL(`${lrs.origin}/returned`);
    await expect.poll(verbs).toHaveLength(8);
    expect(verbs().filter((verb) => verb === 'completed')).toHaveLength(1);
    expect(verbs().filter((verb) => verb === 'passed')).toHaveLength(1);
    expect(verbs().slice(6)).toEqual(['initialized', 'terminated']);
    for (const statement of lrs.statements)
      expect(statement.context.registration).toBe(registration);
  } finally {
    await site.close();
    await lrs.close();
  }
});
