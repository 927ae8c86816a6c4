/**
 * Where jobs and uploads keep files while they work: a private folder of this user under the
 * OS temp folder, or COURSE_STUDIO_TEMP (tests, and machines whose /tmp is a small RAM disk).
 * Lectures pass through here before import, so another local user must neither read nor swap
 * them: the folder is 0700 and must be ours, and files in it are created 0600.
 */
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StudioError } from '../../shared/errors';

/** Mode of every file the studio writes into its temp folder. */
export const PRIVATE_FILE_MODE = 0o600;

/** A private folder made when the per-user one was taken by someone else (for this run). */
let fallbackRoot: string | null = null;

export function studioTempRoot(): string {
  const configured = process.env.COURSE_STUDIO_TEMP;
  if (configured) {
    makeDir(configured);
    const stats = lstatSync(configured);
    const problem = !stats.isDirectory()
      ? 'is not a folder (it may be a link)'
      : ownedByAnother(stats.uid)
        ? 'belongs to another user'
        : null;
    if (problem) {
      throw new StudioError('FORBIDDEN', `The temp folder ${configured} ${problem}.`, {
        path: configured,
      });
    }
    // A folder others may write to (such as /tmp itself): work in a private one inside it.
    if ((stats.mode & 0o022) === 0) return configured;
    const inside = join(configured, `course-studio-${userTag()}`);
    const insideProblem = privateDirProblem(inside);
    if (insideProblem) {
      throw new StudioError('FORBIDDEN', `The temp folder ${inside} ${insideProblem}.`, {
        path: inside,
      });
    }
    return inside;
  }
  // A stable name per user, so a restart finds what a crashed job left behind.
  const perUser = join(tmpdir(), `course-studio-${userTag()}`);
  if (privateDirProblem(perUser) === null) return perUser;
  // Someone else made it first (or made it a link): never use it, and never fail for it.
  if (fallbackRoot === null || privateDirProblem(fallbackRoot) !== null)
    fallbackRoot = mkdtempSync(join(tmpdir(), `course-studio-${userTag()}-`));
  return fallbackRoot;
}

function userTag(): string {
  return typeof process.getuid === 'function' ? String(process.getuid()) : 'user';
}

function ownedByAnother(uid: number): boolean {
  return typeof process.getuid === 'function' && uid !== process.getuid();
}

/** mkdir -p with mode 0700; something already there (a link, a file) is judged by the caller. */
function makeDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/**
 * Makes `dir` (0700) if it is missing, then checks that it is a real folder of this user and
 * closes it to others (it is named for this user: nobody else's); returns what is wrong.
 */
function privateDirProblem(dir: string): string | null {
  makeDir(dir);
  const stats = lstatSync(dir);
  if (!stats.isDirectory()) return 'is not a folder (it may be a link)';
  if (ownedByAnother(stats.uid)) return 'belongs to another user';
  if ((stats.mode & 0o077) !== 0) chmodSync(dir, 0o700);
  return null;
}

/** One folder per attempt, so a stray process of an earlier attempt cannot write into ours. */
export function jobTempDir(jobId: string, attempt: number): string {
  return join(studioTempRoot(), 'jobs', `${jobId}.${attempt}`);
}

export function makeJobTempDir(jobId: string, attempt: number): string {
  const dir = jobTempDir(jobId, attempt);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** Every attempt's folder of a job: what a crash left behind. */
export function leftoverTempDirs(jobId: string): string[] {
  const root = join(studioTempRoot(), 'jobs');
  try {
    return readdirSync(root)
      .filter((name) => name.startsWith(`${jobId}.`))
      .map((name) => join(root, name));
  } catch {
    return [];
  }
}

/** A job that runs a child process writes its pid here, so a later start can stop a stray. */
export const CHILD_PID_FILE = 'child.pid';

/**
 * Removes what an interrupted attempt left: its folder, and the child process it started if
 * that still runs (the app was killed, the child was not). A pid is only killed when that
 * process works in the folder, so a reused pid is never hit. Where that cannot be checked
 * (not Linux), the stray stops by itself once its output folder is gone.
 */
export function removeLeftovers(jobId: string): void {
  for (const dir of leftoverTempDirs(jobId)) {
    stopStrayChild(dir);
    rmSync(dir, { recursive: true, force: true });
  }
}

function stopStrayChild(dir: string): void {
  let pid: number;
  try {
    pid = Number(readFileSync(join(dir, CHILD_PID_FILE), 'utf8').trim());
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !worksIn(pid, dir)) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return; // Already gone.
  }
  waitUntilGone(pid, STRAY_EXIT_WAIT_MS);
}

/** SIGKILL is delivered, not done: give the stray time to exit before its folder goes. */
const STRAY_EXIT_WAIT_MS = 5_000;

function waitUntilGone(pid: number, limitMs: number): void {
  const tick = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + limitMs;
  while (isRunning(pid) && Date.now() < deadline) Atomics.wait(tick, 0, 0, 10);
}

/** Exited processes linger as zombies ("Z") until their parent, not us, reaps them. */
function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) [ZX]/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function worksIn(pid: number, dir: string): boolean {
  try {
    return realpathSync(readlinkSync(`/proc/${pid}/cwd`)) === realpathSync(dir);
  } catch {
    return false;
  }
}
