import { readinessMessage } from '../../shared/readiness-messages';
import { parseCommand, UsageError } from '../args';
import { withCourse } from '../course-session';

const help = `Usage: course-studio check <file.course> [--https] [--limit-mb N] [--json]

Checks whether the course is ready to publish: questions without a correct answer, media
still importing or failed, missing media and a package over the platform's size limit block;
empty lessons, images without alternative text, videos without captions, http links (with
--https) and a missing description or licence are warnings. Exits 1 when something blocks.

Options:
  --https        the platform is served over https (plain http links are flagged)
  --limit-mb N   the platform's upload limit in megabytes
  --json         print the report as JSON`;

export async function runCheck(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, {
    https: { type: 'boolean' },
    'limit-mb': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) return (void process.stdout.write(`${help}\n`), 0);
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('check takes one course file');
  const limitMb = values['limit-mb'] === undefined ? undefined : Number(values['limit-mb']);
  if (limitMb !== undefined && !(limitMb > 0)) throw new UsageError('--limit-mb must be a number');

  const report = await withCourse(
    file,
    ({ call }) =>
      call('course.check', {
        https: values.https,
        sizeLimitBytes: limitMb === undefined ? undefined : Math.round(limitMb * 1e6),
      }),
    { resumeJobs: false, rememberRecent: false },
  );
  if (values.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const item of report.items) {
      const where = item.lessonTitle ? `${item.lessonTitle}: ` : '';
      const mark = item.severity === 'block' ? 'BLOCKS ' : 'warning';
      process.stdout.write(`${mark}  ${where}${readinessMessage(item, 'en')}\n`);
    }
    const blocks = report.blocks === 1 ? '1 problem blocks' : `${report.blocks} problems block`;
    const warnings = report.warnings === 1 ? '1 warning' : `${report.warnings} warnings`;
    process.stdout.write(
      report.ok ? `Ready to publish (${warnings}).\n` : `${blocks} publishing (${warnings}).\n`,
    );
  }
  return report.ok ? 0 : 1;
}
