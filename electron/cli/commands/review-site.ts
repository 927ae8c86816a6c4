import { parseCommand, requireString, UsageError } from '../args';
import { withCourse } from '../course-session';

const help = `Usage: course-studio review-site <file.course> --out <dir|file.zip>

Writes an offline review site: the course's site plus a comment layer. Reviewers open it from
a folder or a zip in any browser (file:// works), add comments (kept in the browser while they
work) and press "Save comments" to get one small file to send back; merge it with
course-studio merge-review.`;

export async function runReviewSite(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, { out: { type: 'string' } });
  if (values.help) return (void process.stdout.write(`${help}\n`), 0);
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('review-site takes one course file');
  const outPath = requireString(values.out, '--out');
  const result = await withCourse(file, ({ call }) => call('review.site', { outPath }));
  process.stdout.write(`Wrote ${result.path} (${result.files} files)\n`);
  return 0;
}
