import type { SnapshotInfo } from '../../shared/review/model';
import { parseCommand, UsageError } from '../args';
import { withCourse } from '../course-session';
import { printable } from '../printable';

const help = `Usage: course-studio snapshots <file.course> [--json]

Lists the course's snapshots, newest first: id, time, name (or why it was taken) and what
changed since the snapshot before (lessons added, removed, edited).`;

export async function runSnapshots(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, { json: { type: 'boolean' } });
  if (values.help) return (void process.stdout.write(`${help}\n`), 0);
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('snapshots takes one course file');
  const snapshots = await withCourse(file, ({ call }) => call('snapshots.list', {}));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(snapshots, null, 2)}\n`);
    return 0;
  }
  if (snapshots.length === 0) process.stdout.write('No snapshots.\n');
  for (const snapshot of snapshots) process.stdout.write(`${snapshotLine(snapshot)}\n`);
  return 0;
}

function snapshotLine(snapshot: SnapshotInfo): string {
  const what = snapshot.kind === 'named' ? printable(snapshot.name) : `(auto: ${snapshot.reason})`;
  const changes = snapshot.changes
    ? `+${snapshot.changes.added.length} -${snapshot.changes.removed.length} ~${snapshot.changes.edited.length}`
    : 'first';
  return `${snapshot.id}  ${snapshot.createdAt}  ${what}  [${changes}, ${snapshot.lessonCount} lessons]`;
}
