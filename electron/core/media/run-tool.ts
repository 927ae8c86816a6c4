import { spawn } from 'node:child_process';

export interface ToolResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Output beyond this is dropped: a damaged file can make ffmpeg print without end. */
const MAX_OUTPUT = 32 * 1024 * 1024;

/**
 * Runs a short ffprobe / ffmpeg command to completion with an argument array (never a
 * shell), killing it on abort or after `timeoutMs`.
 */
export function runTool(
  command: string,
  args: readonly string[],
  options: { signal?: AbortSignal; timeoutMs?: number; cwd?: string } = {},
): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    options.signal?.throwIfAborted();
    const child = spawn(command, args, {
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      if (stdout.length < MAX_OUTPUT) stdout += text;
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      if (stderr.length < MAX_OUTPUT) stderr += text;
    });
    const kill = () => child.kill('SIGKILL');
    const timer = options.timeoutMs ? setTimeout(kill, options.timeoutMs) : null;
    options.signal?.addEventListener('abort', kill, { once: true });
    child.once('error', (error) => {
      if (timer) clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      if (timer) clearTimeout(timer);
      options.signal?.removeEventListener('abort', kill);
      if (options.signal?.aborted) reject(options.signal.reason);
      else resolve({ code, stdout, stderr });
    });
  });
}

/** How ffmpeg and ffprobe must name an untrusted input: a local file, never a protocol. */
export function inputArgs(path: string): string[] {
  return ['-protocol_whitelist', 'file', '-i', `file:${path}`];
}
