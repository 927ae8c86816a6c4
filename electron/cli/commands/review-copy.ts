import { parseCommand, requireString, UsageError } from '../args';
import { withCourse } from '../course-session';

const help = `Usage: course-studio review-copy <file.course> --out <file> [--light] [--force]

Writes a review copy of the course: opened in Course Studio, its content is read-only and
comments can be added. --light keeps only each video's smallest rendition (a much smaller
file to send). Prints the size of the course and of the copy. Bring the comments back with
course-studio merge-review.`;

export async function runReviewCopy(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, {
    out: { type: 'string' },
    light: { type: 'boolean' },
    force: { type: 'boolean' },
  });
  if (values.help) return (void process.stdout.write(`${help}\n`), 0);
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('review-copy takes one course file');
  const outPath = requireString(values.out, '--out');
  const result = await withCourse(file, ({ call }) =>
    call('review.copy', { outPath, light: values.light === true, force: values.force === true }),
  );
  process.stdout.write(
    `Wrote ${result.outPath} (${result.light ? 'light' : 'full'} review copy)\n` +
      `Course:      ${formatBytes(result.courseBytes)}\n` +
      `Review copy: ${formatBytes(result.copyBytes)}\n`,
  );
  return 0;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
