import { parseCommand, UsageError } from '../args';
import { withCourse } from '../course-session';
import { commentLines } from './comments';

const help = `Usage: course-studio merge-review <file.course> <reviewed-file> [--json]

Brings a review's comments into the course: from a review copy (.course) or from the file the
offline review site saves (.json). Each comment arrives at its place; merging the same file
again adds nothing; comments whose place was deleted are kept as orphaned. A review of
another course is refused. Prints what was added.`;

export async function runMergeReview(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, { json: { type: 'boolean' } });
  if (values.help) return (void process.stdout.write(`${help}\n`), 0);
  const [file, reviewed, ...extra] = positionals;
  if (!file || !reviewed || extra.length > 0) {
    throw new UsageError('merge-review takes a course file and a reviewed file');
  }
  const result = await withCourse(file, ({ call }) => call('review.merge', { path: reviewed }));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(
    `Added ${result.added} comments (${result.orphaned} orphaned); ${result.skipped} were already here.\n`,
  );
  for (const comment of result.comments) process.stdout.write(`${commentLines(comment)}\n`);
  return 0;
}
