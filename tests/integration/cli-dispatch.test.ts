/**
 * Every CLI command reaches the core through `dispatch`, like the web host and Electron: an
 * argument that only the contract's schema refuses (a 5,000-character title, a caption
 * language that is a path, an asset id too long to be one) gives the CLI the same
 * INVALID_ARGUMENT, naming the same method and field, as the same call sent to the web host.
 * A command that went around the contract would accept these or fail differently.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findJob, insertJob, setJobState } from '../../electron/core/jobs/job-repo';
import { now } from '../../electron/core/project/ids';
import { Project } from '../../electron/core/project/project';
import { Studio } from '../../electron/core/studio';
import { startWebHost, type WebHost } from '../../electron/server/web-host';
import type { MethodName } from '../../electron/shared/contract';
import { runCli } from '../support/cli';
// One folder for the whole file: the web host and its course live across the tests.
const dir = mkdtempSync(join(tmpdir(), 'course-studio-dispatch-'));
const course = join(dir, 'course.course');
const home = join(dir, 'home');
/** The CLI's own settings folder, to see what it remembers. */
const cliHome = join(dir, 'cli-home');
let studio: Studio;
let host: WebHost;

beforeAll(async () => {
  Project.create(course, { title: 'Dispatch', language: 'en' }).close();
  mkdirSync(join(dir, 'renderer'));
  studio = new Studio({ host: 'web', homeDir: home });
  host = await startWebHost({ studio, rendererDir: join(dir, 'renderer'), port: 0 });
});

afterAll(async () => {
  await host.close();
  studio.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Failure {
  code: string;
  message: string;
  details?: { issues?: { path: string; message: string }[] };
}

/** The same call from a browser tab: POST /rpc/<method> on the web host. */
async function viaWebHost(method: MethodName, args: unknown, open: string | null) {
  if (open) await studio.handlers['project.open']({ path: open }, { origin: 'test' });
  else await studio.handlers['project.close']({}, { origin: 'test' });
  const response = await fetch(`http://127.0.0.1:${host.port}/rpc/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  const reply = (await response.json()) as { ok: boolean; error: Failure };
  expect(reply.ok).toBe(false);
  return reply.error;
}

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const longTitle = '长'.repeat(5000);
const longPath = join(dir, `${'p'.repeat(5000)}.course`);
const longId = 'a'.repeat(100);

const cases: {
  name: string;
  argv: string[];
  method: MethodName;
  args: unknown;
  /** The course the CLI opens before the call (the web host has it open too). */
  open: string | null;
  field: string;
}[] = [
  {
    name: 'new --title',
    argv: ['new', join(dir, 'new.course'), '--title', longTitle],
    method: 'project.create',
    args: { path: join(dir, 'new.course'), title: longTitle, language: 'en', force: false },
    open: null,
    field: 'title',
  },
  {
    name: 'new --from-sample',
    argv: ['new', join(dir, 'sample.course'), '--from-sample', 'Not_A_Sample'],
    method: 'project.createSample',
    args: { path: join(dir, 'sample.course'), sample: 'Not_A_Sample', force: false },
    open: null,
    field: 'sample',
  },
  {
    name: 'info',
    argv: ['info', longPath],
    method: 'project.open',
    args: { path: longPath },
    open: null,
    field: 'path',
  },
  {
    name: 'media list',
    argv: ['media', 'list', longPath],
    method: 'project.open',
    args: { path: longPath },
    open: null,
    field: 'path',
  },
  {
    name: 'media extract',
    argv: ['media', 'extract', course, longId, join(dir, 'out')],
    method: 'media.extract',
    args: { assetId: longId, outDir: join(dir, 'out') },
    open: course,
    field: 'assetId',
  },
  {
    name: 'captions add --lang',
    argv: ['captions', 'add', course, 'asset1', join(dir, 'a.srt'), '--lang', '../../evil'],
    method: 'captions.add',
    args: { assetId: 'asset1', path: join(dir, 'a.srt'), lang: '../../evil' },
    open: course,
    field: 'lang',
  },
  {
    name: 'import-video --caption-lang',
    argv: [
      'import-video',
      course,
      join(dir, 'lecture.mp4'),
      '--captions',
      join(dir, 'a.srt'),
      '--caption-lang',
      'zh_CN!',
    ],
    method: 'media.import',
    args: {
      path: join(dir, 'lecture.mp4'),
      captions: [{ path: join(dir, 'a.srt'), lang: 'zh_CN!' }],
    },
    open: course,
    field: 'captions.0.lang',
  },
  {
    name: 'export --out',
    argv: ['export', course, '--format', 'site', '--out', 'o'.repeat(5000)],
    method: 'export.run',
    args: { format: 'site', outPath: 'o'.repeat(5000) },
    open: course,
    field: 'outPath',
  },
];

describe('every CLI command goes through dispatch', () => {
  it.each(cases)('$name: the same INVALID_ARGUMENT as the web host', async (example) => {
    const web = await viaWebHost(example.method, example.args, example.open);
    expect(web.code).toBe('INVALID_ARGUMENT');
    expect(web.details?.issues?.map((issue) => issue.path)).toEqual([example.field]);
    await studio.handlers['project.close']({}, { origin: 'test' });

    const before = digest(course);
    const cli = runCli(example.argv, { COURSE_STUDIO_HOME: cliHome });
    expect(cli.code, cli.stderr).toBe(1);
    expect(cli.stdout).toBe('');
    // One line: the contract's message, and the field it names.
    expect(cli.stderr).toBe(
      `course-studio: ${web.message} (${example.field}: ${web.details!.issues![0]!.message})\n`,
    );
    expect(digest(course)).toBe(before);
    expect(existsSync(join(dir, 'new.course'))).toBe(false);
  });

  it('leaves jobs an earlier session left for the studio to resume', async () => {
    const file = join(dir, 'crashed.course');
    const project = Project.create(file, { title: 'Crashed', language: 'en' });
    // An import the last studio was running when it died (its payload is not runnable, so
    // running it would fail at once and show).
    const job = project.transact((db) =>
      insertJob(db, { kind: 'media.import', payload: { title: 'lecture' }, assetId: 'a1' }, now()),
    );
    project.transact((db) => setJobState(db, job.id, 'running', now()));
    project.close();

    for (const argv of [
      ['info', file],
      ['media', 'list', file, '--json'],
    ]) {
      expect(runCli(argv, { COURSE_STUDIO_HOME: cliHome }).code).toBe(0);
    }
    const stateOf = () => {
      const reopened = Project.open(file);
      try {
        return findJob(reopened.db, job.id)?.state;
      } finally {
        reopened.close();
      }
    };
    expect(stateOf()).toBe('running');
    // The studio does resume it (and, the payload being damaged, it fails).
    const desktop = new Studio({ host: 'web', homeDir: join(dir, 'desktop-home') });
    try {
      await desktop.handlers['project.open']({ path: file }, { origin: 'test' });
      await desktop.jobs().settled(job.id);
    } finally {
      desktop.close();
    }
    expect(stateOf()).toBe('failed');
  });

  it('keeps what the CLI opens out of the recent courses', () => {
    expect(runCli(['info', course], { COURSE_STUDIO_HOME: cliHome }).code).toBe(0);
    expect(runCli(['media', 'list', course], { COURSE_STUDIO_HOME: cliHome }).code).toBe(0);
    const settings = join(cliHome, 'settings.json');
    const recent = existsSync(settings)
      ? (JSON.parse(readFileSync(settings, 'utf8')) as { recent?: { path: string }[] }).recent
      : [];
    expect((recent ?? []).map((item) => item.path)).not.toContain(course);
    // The studio itself does remember what the user opens.
    const studioSettings = JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8')) as {
      recent: { path: string }[];
    };
    expect(studioSettings.recent.map((item) => item.path)).toContain(course);
  });
});
