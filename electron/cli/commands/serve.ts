import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Studio } from '../../core/studio';
import { dispatch } from '../../shared/contract';
import { startWebHost } from '../../server/web-host';
import { parseCommand, UsageError } from '../args';

const help = `Usage: course-studio serve [file.course] [--port N] [--no-open]

Runs the studio in your browser on this computer only (127.0.0.1), opening the course
if one is given. --port 0 picks a free port. Stop it with Ctrl+C.`;

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
// COURSE_STUDIO_RENDERER_DIR lets tests of the host itself serve a stand-in page.
const rendererDir =
  process.env.COURSE_STUDIO_RENDERER_DIR ??
  fileURLToPath(new URL('../../../.build/renderer', import.meta.url));

export async function runServe(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, {
    port: { type: 'string' },
    open: { type: 'boolean' },
    'no-open': { type: 'boolean' },
  });
  if (values.help) return (void process.stdout.write(`${help}\n`), 0);
  if (positionals.length > 1) throw new UsageError(`serve takes at most one file`);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError('--port must be a number from 0 to 65535');

  await ensureRendererBuilt();
  const studio = new Studio({ host: 'web' });
  const [file] = positionals;
  // Through the contract, like every command: the path is checked by the same schema.
  if (file) await dispatch(studio.handlers, 'project.open', { path: file }, { origin: 'cli' });
  // Listen for the stop signals before anyone can know the address and send one.
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  const host = await startWebHost({ studio, rendererDir, port });
  process.stdout.write(`Course Studio is running at ${host.url}\n`);
  if (values['no-open'] !== true) openBrowser(host.url);

  await stopped;
  await host.close();
  studio.close();
  process.stdout.write('Course Studio stopped.\n');
  return 0;
}

/** A fresh checkout has no built UI yet: build it once rather than fail. */
async function ensureRendererBuilt(): Promise<void> {
  if (existsSync(`${rendererDir}/index.html`)) return;
  process.stdout.write('Building the studio UI (first run only)…\n');
  const { build } = await import('vite');
  await build({ configFile: `${repoRoot}renderer/vite.config.ts`, logLevel: 'warn' });
}

function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => process.stdout.write('Open the address above in your browser.\n'));
    child.unref();
  } catch {
    process.stdout.write('Open the address above in your browser.\n');
  }
}
