import { parseCommand, UsageError } from '../args';
import { withCourse } from '../course-session';

const help = `Usage: course-studio publications <file.course> [--json]

Lists what was sent where: time, profile, format, result, package size and sha-256, and the
platform's messages. Newest first.`;

export async function runPublications(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, { json: { type: 'boolean' } });
  if (values.help) return (void process.stdout.write(`${help}\n`), 0);
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('publications takes one course file');
  const publications = await withCourse(file, ({ call }) => call('publications.list', {}), {
    rememberRecent: false,
    resumeJobs: false,
  });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(publications, null, 2)}\n`);
    return 0;
  }
  if (publications.length === 0) process.stdout.write('Nothing was published yet.\n');
  for (const entry of publications) {
    process.stdout.write(
      `${entry.publishedAt}  ${entry.profile}  ${entry.format}  ${entry.result}${entry.errorCode ? ` (${entry.errorCode})` : ''}  ${(entry.size / 1e6).toFixed(1)} MB  ${entry.sha256.slice(0, 12)}${entry.url ? `  ${entry.url}` : ''}\n`,
    );
    for (const message of entry.messages) process.stdout.write(`    ${message}\n`);
  }
  return 0;
}
