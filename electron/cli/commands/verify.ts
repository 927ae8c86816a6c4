import { resolve } from 'node:path';
import type { MediaCheck } from '../../shared/model';
import { parseCommand, UsageError } from '../args';
import { withCourse } from '../course-session';

const help = `Usage: course-studio verify <file.course> [--json]

Reads every stored media file of the course and checks its bytes against the sha-256 they
were stored under, plus SQLite's own check of the file. Names each damaged asset and exits
with 1 when anything is damaged (0 when all is intact). --json prints the report as JSON.`;

export async function runVerify(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, { json: { type: 'boolean' } });
  if (values.help) return (void process.stdout.write(`${help}\n`), 0);
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('verify takes one course file');
  const report = await withCourse(resolve(file), ({ call }) => call('project.verify', {}));
  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(describe(report));
  return report.ok ? 0 : 1;
}

function describe(report: MediaCheck): string {
  const lines: string[] = [];
  if (report.structure !== 'ok')
    lines.push(`The file's structure is damaged: ${plain(report.structure)}`);
  for (const asset of report.damaged) {
    lines.push(`Damaged: ${plain(asset.name)}  [${asset.assetId}]`);
    for (const name of asset.files) lines.push(`  ${plain(name)}`);
  }
  if (report.damaged.length > 0) lines.push('Import the damaged media again to repair the course.');
  if (report.ok) {
    lines.push(
      `OK: ${report.files} media files in ${report.chunks} chunks (${report.bytes} bytes) are intact.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Names come from the course file: control and bidi characters never reach the terminal. */
function plain(text: string): string {
  return [...text]
    .map((char) => (unsafeInTerminal(char.codePointAt(0) ?? 0) ? '?' : char))
    .join('');
}

function unsafeInTerminal(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}
