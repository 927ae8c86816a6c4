import type { DoctorReport, DoctorTool } from '../../shared/doctor';
import { parseCommand, UsageError } from '../args';
import { withCourse } from '../course-session';

const help = `Usage: course-studio doctor [--json]

Shows what this machine gives Course Studio: which ffmpeg and ffprobe are used, their
versions, where they came from (COURSE_STUDIO_FFMPEG, the desktop app, npm install or the
PATH) and what they can do (libx264, AAC, HLS fMP4, zscale for HDR, loudnorm); Chromium
for the tests, the Electron binary, and the temp folder's free space and privacy.
Exits with 1 when videos cannot be imported (no capable ffmpeg, or no ffprobe).
--json prints one JSON object instead.`;

export async function runDoctor(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, { json: { type: 'boolean' } });
  if (values.help) return (void process.stdout.write(`${help}\n`), 0);
  if (positionals.length > 0) throw new UsageError('doctor takes no file');
  const report = await withCourse(null, ({ call }) => call('app.doctor', {}));
  process.stdout.write(
    values.json ? `${JSON.stringify(report, null, 2)}\n` : `${describe(report)}\n`,
  );
  return report.ok ? 0 : 1;
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

function describe(report: DoctorReport): string {
  const { app, ffmpeg, ffprobe, chromium, electron, temp } = report;
  const lines = [
    `Course Studio ${app.version} on ${app.platform} ${app.arch}, Node ${app.node}${app.electron ? `, Electron ${app.electron}` : ''}`,
    '',
    `ffmpeg    ${tool(ffmpeg)}`,
  ];
  if (ffmpeg.features) {
    const f = ffmpeg.features;
    lines.push(
      `          libx264 ${yesNo(f.libx264)}, AAC ${yesNo(f.aac)}, HLS fMP4 ${yesNo(f.hlsFmp4)}, zscale (HDR) ${yesNo(f.zscale && f.tonemap)}, loudnorm ${yesNo(f.loudnorm)}`,
    );
  }
  lines.push(`ffprobe   ${tool(ffprobe)}`);
  const others = report.candidates.filter((c) => !c.chosen);
  if (others.length > 0) {
    lines.push('Also found:');
    for (const c of others) {
      const version = c.runs
        ? `${c.version ?? '?'}${c.year ? ` (${c.year})` : ''}`
        : 'does not run';
      lines.push(`          ${c.tool} ${version}, ${origin(c.source, c.package)}: ${c.path}`);
    }
  }
  lines.push(
    '',
    `Chromium (tests)  ${chromium.found ? chromium.path : `not found at ${chromium.path} (set CHROMIUM_PATH)`}`,
    `Electron          ${electron.running ? `running: ${electron.path ?? ''}` : electron.found ? (electron.path ?? '') : `not downloaded (${electron.path ?? 'no electron package'}); npm start opens the browser instead`}`,
    `Temp folder       ${temp.path}: ${temp.freeBytes === null ? 'free space unknown' : `${(temp.freeBytes / 1e9).toFixed(1)} GB free`}, private: ${temp.private === null ? (temp.exists ? 'unknown' : 'not created yet') : yesNo(temp.private)}`,
  );
  if (report.warnings.length > 0) {
    lines.push('', 'Warnings:');
    for (const warning of report.warnings) lines.push(`  - ${warning.message}`);
  }
  return lines.join('\n');
}

function tool(found: DoctorTool): string {
  if (!found.found || !found.path) return 'missing';
  const year = found.year ? ` (${found.year})` : '';
  return `${found.version ?? 'unknown version'}${year}, ${origin(found.source, found.package)}: ${found.path}`;
}

function origin(source: DoctorTool['source'], pkg: string | null): string {
  switch (source) {
    case 'env':
      return 'from COURSE_STUDIO_FFMPEG / COURSE_STUDIO_FFPROBE';
    case 'bundled':
      return 'bundled with the desktop app';
    case 'npm':
      return `from npm install (${pkg ?? 'npm'})`;
    case 'path':
      return 'from the PATH';
    default:
      return '';
  }
}
