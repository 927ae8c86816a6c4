import { exportFormatList, exportFormats, type ExportFormat } from '../../shared/export-formats';
import { StudioError } from '../../shared/errors';
import { describeExportWarning } from '../../core/export/export-warnings';
import { parseCommand, requireString, UsageError } from '../args';
import { withCourse } from '../course-session';
import { cliText } from '../messages';
import { followJob } from '../progress';

const help = `Usage: course-studio export <file.course> --format <format> --out <path>
                            [--sco-per-lesson] [--zip] [--mp4-only] [--quiet]

Formats:
${formatLines()}

--sco-per-lesson   SCORM / cmi5: one SCO or AU per lesson instead of one for the course
--zip              site: write a .zip instead of a folder (implied by an --out ending in .zip)
--mp4-only         carry only the progressive MP4 of each video, not the HLS ladder
--quiet            no progress on stderr
The same course always gives a byte-identical package. Ctrl+C cancels and leaves the
output path as it was.`;

/** One help line per format, from the shared format table. */
function formatLines(): string {
  return exportFormatList
    .map(({ id, description, extensions }) => {
      const files = extensions.length > 0 ? extensions.join(' / ') : 'a folder, or .zip';
      return `  ${id.padEnd(11)} ${description} (${files})`;
    })
    .join('\n');
}

export async function runExport(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, {
    format: { type: 'string' },
    out: { type: 'string' },
    'sco-per-lesson': { type: 'boolean' },
    zip: { type: 'boolean' },
    'mp4-only': { type: 'boolean' },
    quiet: { type: 'boolean' },
  });
  if (values.help) return (void process.stdout.write(`${help}\n`), 0);
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('export takes one course file');
  const format = requireString(values.format, '--format');
  if (!(exportFormats as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${exportFormats.join(', ')}`);
  }
  const out = requireString(values.out, '--out');
  return withCourse(file, async (session) => {
    // The export is a job like an import: the same progress, and Ctrl+C cancels it (its
    // writer removes the partial output).
    const job = await followJob(
      session,
      () =>
        session.call('export.run', {
          format: format as ExportFormat,
          outPath: out,
          options: {
            scoPerLesson: values['sco-per-lesson'] === true,
            zip: values.zip === true ? true : undefined,
            mp4Only: values['mp4-only'] === true,
          },
        }),
      { quiet: values.quiet === true },
    );
    if (job.state === 'cancelled') {
      process.stderr.write('Cancelled; nothing was written.\n');
      return 130;
    }
    if (job.state !== 'done') {
      throw StudioError.from(job.error ?? new Error(`The export ended ${job.state}.`));
    }
    const result = await session.call('export.result', { jobId: job.id });
    const { path, files, bytes } = result;
    process.stdout.write(`${cliText('exportWrote', { path, files, bytes })}\n`);
    for (const warning of result.warnings) {
      process.stderr.write(`Warning: ${describeExportWarning(warning)}\n`);
    }
    return 0;
  });
}
