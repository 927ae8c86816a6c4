import { escapeForTerminal, jsonForTerminal } from '../../shared/plain-text';
import { parseCommand, UsageError } from '../args';
import { withCourse } from '../course-session';

const help = `Usage: course-studio info <file.course> [--json]

Prints the course's title, language, schema version, outline, asset count and file size.
--json prints one JSON object instead.`;

export async function runInfo(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, { json: { type: 'boolean' } });
  if (values.help) return (void process.stdout.write(`${help}\n`), 0);
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError(`info takes one file`);
  const snapshot = await withCourse(file, async ({ course }) => course!);
  if (values.json) {
    const { course, outline, schemaVersion, assetCount, fileSize, path } = snapshot;
    process.stdout.write(
      `${jsonForTerminal({ path, title: course.title, language: course.language, schemaVersion, description: course.description, authors: course.authors, license: course.license, readOnly: snapshot.readOnly === true, outline, assetCount, fileSize })}\n`,
    );
    return 0;
  }
  const lines = [
    `Title:          ${snapshot.course.title}`,
    `Language:       ${snapshot.course.language}`,
    `Schema version: ${snapshot.schemaVersion}`,
    `Assets:         ${snapshot.assetCount}`,
    `File size:      ${formatBytes(snapshot.fileSize)}`,
    ...(snapshot.readOnly ? ['Read-only:      yes (the file cannot be written)'] : []),
    'Outline:',
  ];
  snapshot.outline.forEach((section, s) => {
    lines.push(`  ${s + 1}. ${section.title}  [${section.id}]`);
    section.lessons.forEach((lesson, l) =>
      lines.push(`     ${s + 1}.${l + 1} ${lesson.title}  [${lesson.id}]`),
    );
  });
  // Titles come from the course file: a crafted one must not drive the terminal.
  process.stdout.write(`${lines.map(escapeForTerminal).join('\n')}\n`);
  return 0;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
