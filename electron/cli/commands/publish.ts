import { StudioError } from '../../shared/errors';
import type { Publication } from '../../shared/publish';
import { publishStepText } from '../../shared/publish-messages';
import { readinessMessage } from '../../shared/readiness-messages';
import type { ReadinessItem } from '../../shared/readiness';
import { parseCommand, UsageError } from '../args';
import { withCourse } from '../course-session';
import { progressReporter } from '../progress';

const help = `Usage: course-studio publish <file.course> --profile <name> [--force] [--json]

Checks the course, builds the package for the profile's platform and sends it, showing
progress; Ctrl+C cancels. An upload cut by a lost network or a crash resumes where it
stopped when the command runs again.

Exit codes (for scripts):
  0    published
  1    failed (the platform's own message is printed)
  2    wrong usage
  3    sent, but the platform needs a step by hand (printed; Moodle)
  4    not sent: this exact package was already sent to this profile (--force sends it again)
  5    not sent: the readiness check found problems that block (see course-studio check)
  130  cancelled`;

export async function runPublish(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, {
    profile: { type: 'string' },
    force: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (values.help) return (void process.stdout.write(`${help}\n`), 0);
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('publish takes one course file');
  if (!values.profile) throw new UsageError('--profile is required');
  const profile = values.profile;

  return withCourse(
    file,
    async ({ call, studio }) => {
      let jobId: string;
      try {
        ({ jobId } = await call('publish.run', { profile, force: values.force }));
      } catch (error) {
        const studioError = StudioError.from(error);
        if (studioError.code !== 'PUBLISH_NOT_READY') throw error;
        const items: ReadinessItem[] =
          (studioError as StudioError<'PUBLISH_NOT_READY'>).details?.items ?? [];
        for (const item of items.filter((entry) => entry.severity === 'block'))
          process.stderr.write(
            `BLOCKS  ${item.lessonTitle ? `${item.lessonTitle}: ` : ''}${readinessMessage(item, 'en')}\n`,
          );
        process.stderr.write('course-studio: not sent; fix the problems above first.\n');
        return 5;
      }
      const reporter = progressReporter(process.stderr);
      const stop = studio.onEvent((event, payload) => {
        if (event === 'job.progress' && (payload as { jobId: string }).jobId === jobId)
          reporter.update(payload as Parameters<typeof reporter.update>[0]);
      });
      const cancel = () => {
        process.stderr.write('\nCancelling…\n');
        studio.jobs().cancel(jobId);
      };
      process.once('SIGINT', cancel);
      process.once('SIGTERM', cancel);
      const job = await studio.jobs().settled(jobId);
      process.removeListener('SIGINT', cancel);
      process.removeListener('SIGTERM', cancel);
      stop();
      reporter.finish();
      if (job.state === 'cancelled') {
        process.stderr.write('Cancelled.\n');
        return 130;
      }
      if (job.state !== 'done') {
        const error = StudioError.from(job.error ?? new Error(`The publish ended ${job.state}.`));
        if (error.code === 'PUBLISH_UNCHANGED') {
          process.stderr.write(`course-studio: ${error.message} Use --force to send it again.\n`);
          return 4;
        }
        throw error;
      }
      const [publication] = await call('publications.list', {});
      if (values.json) process.stdout.write(`${JSON.stringify(publication, null, 2)}\n`);
      else if (publication) printPublication(publication);
      return publication?.result === 'needs-action' ? 3 : 0;
    },
    { rememberRecent: false },
  );
}

function printPublication(publication: Publication): void {
  const lines = [
    publication.result === 'needs-action'
      ? `Uploaded to ${publication.profile}; finish on the platform:`
      : `Published to ${publication.profile}${publication.url ? `: ${publication.url}` : ''}`,
  ];
  publication.steps.forEach((step, index) =>
    lines.push(`  ${index + 1}. ${publishStepText(step, 'en')}`),
  );
  for (const message of publication.messages) lines.push(`  ${message}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
