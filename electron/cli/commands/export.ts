import { resolve } from 'node:path';
import { exportFormats, type ExportFormat } from '../../shared/model';
import { Project } from '../../core/project/project';
import { StudioError } from '../../shared/errors';
import { describeExportWarning } from '../../core/export/export-warnings';
import { runExport as exportProject } from '../../core/export/run-export';
import { parseCommand, requireString, UsageError } from '../args';

const help = `Usage: course-studio export <file.course> --format <format> --out <path>
                            [--sco-per-lesson] [--zip] [--mp4-only] [--quiet]

Formats:
  site        the learner player as a folder (or a .zip): works from file:// and any web server
  scorm12     SCORM 1.2 package (.zip)
  scorm2004   SCORM 2004 4th edition package (.zip)
  imscc11     IMS Common Cartridge 1.1 (.imscc / .zip), what Moodle imports
  imscc13     IMS Common Cartridge 1.3 (.imscc / .zip), for Canvas
  olx         Open edX course export (.tar.gz)
  cmi5        cmi5 course package (.zip)

--sco-per-lesson   SCORM / cmi5: one SCO or AU per lesson instead of one for the course
--zip              site: write a .zip instead of a folder (implied by an --out ending in .zip)
--mp4-only         carry only the progressive MP4 of each video, not the HLS ladder
The same course always gives a byte-identical package. Ctrl+C cancels and leaves the
output path as it was.`;

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
  const project = Project.open(resolve(file));
  // Ctrl+C stops the export between two pieces; the writer removes its partial output.
  const cancel = new AbortController();
  const onSignal = () => cancel.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let shown = -1;
  try {
    const result = await exportProject(
      project,
      {
        format: format as ExportFormat,
        outPath: out,
        options: {
          scoPerLesson: values['sco-per-lesson'] === true,
          zip: values.zip === true ? true : undefined,
          mp4Only: values['mp4-only'] === true,
        },
      },
      {
        signal: cancel.signal,
        onProgress: (fraction) => {
          const percent = Math.floor(fraction * 10) * 10;
          if (values.quiet || !process.stderr.isTTY || percent === shown) return;
          shown = percent;
          process.stderr.write(`\rExporting… ${percent}%`);
        },
      },
    );
    if (shown >= 0) process.stderr.write('\n');
    process.stdout.write(`Wrote ${result.path} (${result.files} files, ${result.bytes} bytes)\n`);
    for (const warning of result.warnings) {
      process.stderr.write(`Warning: ${describeExportWarning(warning)}\n`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof StudioError && error.code === 'JOB_CANCELLED')) throw error;
    process.stderr.write(`${shown >= 0 ? '\n' : ''}Cancelled; nothing was written.\n`);
    return 130;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    project.close();
  }
}
