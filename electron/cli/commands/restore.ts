import { parseCommand, UsageError } from '../args';
import { withCourse } from '../course-session';

const help = `Usage: course-studio restore <file.course> <snapshot-id> [--lesson <id>]

Restores the whole course from a snapshot, or with --lesson only that lesson (the others keep
their edits; write --lesson=<id> when the id starts with "-"). A snapshot of the current state is taken first: restore it to undo.`;

export async function runRestore(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, { lesson: { type: 'string' } });
  if (values.help) return (void process.stdout.write(`${help}\n`), 0);
  const [file, snapshotId, ...extra] = positionals;
  if (!file || !snapshotId || extra.length > 0) {
    throw new UsageError('restore takes a course file and a snapshot id');
  }
  const { undoSnapshotId } = await withCourse(file, ({ call }) =>
    call('snapshots.restore', { snapshotId, lessonId: values.lesson }),
  );
  process.stdout.write(`Restored. To undo: course-studio restore ${file} ${undoSnapshotId}\n`);
  return 0;
}
