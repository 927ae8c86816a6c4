import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const cliPath = fileURLToPath(new URL('../../electron/cli/bin.mjs', import.meta.url));

/** Runs `course-studio` to completion. */
export function runCli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface RunningHost {
  child: ChildProcessWithoutNullStreams;
  url: URL;
  origin: string;
  token: string;
  exited: Promise<number | null>;
}

/** Starts `course-studio serve` and waits for the line with its address. */
export async function serve(
  args: string[],
  env: Record<string, string> = {},
): Promise<RunningHost> {
  const child = spawn(process.execPath, [cliPath, 'serve', '--port', '0', '--no-open', ...args], {
    env: { ...process.env, ...env },
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let output = '';
  const url = await new Promise<URL>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`serve printed no address: ${output}`)),
      60_000,
    );
    const onData = (data: Buffer) => {
      output += data.toString();
      const match = /Course Studio is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(
        output,
      );
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(new URL(match[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`serve exited ${code}: ${output}`)));
  });
  return { child, url, origin: url.origin, token: url.searchParams.get('token') ?? '', exited };
}
