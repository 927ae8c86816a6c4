import { parseCommand, UsageError } from '../args';
import { withCourse } from '../course-session';

const help = `Usage: course-studio snapshot <file.course> [--name <text>]

Takes a named snapshot of the course's content (outline, lessons, course details). Media is
shared with the course, so a snapshot costs kilobytes. Named snapshots are never thinned.
Prints the snapshot's id.`;

export async function runSnapshot(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, { name: { type: 'string' } });
  if (values.help) return (void process.stdout.write(`${help}\n`), 0);
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('snapshot takes one course file');
  const name = values.name ?? `Snapshot ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`;
  const snapshot = await withCourse(file, ({ call }) => call('snapshots.create', { name }));
  process.stdout.write(`${snapshot.id}\n`);
  return 0;
}
