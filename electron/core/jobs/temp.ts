/**
 * Where jobs and uploads keep files while they work: the OS temp folder, or
 * COURSE_STUDIO_TEMP (tests, and machines whose /tmp is a small RAM disk).
 */
import { mkdirSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function studioTempRoot(): string {
  return process.env.COURSE_STUDIO_TEMP || join(tmpdir(), 'course-studio');
}

/** One folder per attempt, so a stray process of an earlier attempt cannot write into ours. */
export function jobTempDir(jobId: string, attempt: number): string {
  return join(studioTempRoot(), 'jobs', `${jobId}.${attempt}`);
}

export function makeJobTempDir(jobId: string, attempt: number): string {
  const dir = jobTempDir(jobId, attempt);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
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
