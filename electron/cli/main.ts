/**
 * `course-studio`: create and inspect courses and run the studio from a terminal.
 * Errors print one line on stderr and exit 1; wrong usage exits 2.
 */
import { toStudioError, type StudioError } from '../shared/errors';
import { exportFormats } from '../shared/export-formats';
import { escapeForTerminal } from '../shared/plain-text';
import { UsageError } from './args';

const usage = `Usage: course-studio <command> [options]

Commands:
  new <file.course> --title <text> [--lang en|zh-CN] [--from-sample <name>] [--force]
                        create a course
  info <file.course> [--json]
                        show a course's title, language, outline and size
  serve [file.course] [--port N] [--no-open]
                        run the studio in your browser
  start [file.course]   open the desktop app (falls back to the browser)
  import-video <file.course> <video> [--lesson <id>] [--quality fast|balanced|small]
               [--captions <file> --caption-lang <lang>] [--json]
                        transcode a video or audio file into the course
  media list <file.course> [--json]
                        list the course's media with id, kind, state and duration
  media extract <file.course> <asset-id> <out-dir>
                        write an asset's files (playlists, segments, MP4, ...) to a folder
  captions add <file.course> <asset-id> <file> --lang <lang>
                        add SRT or WebVTT captions to a video
  profiles add|list|remove
                        saved destinations for publishing (secrets kept by the system)
  publish <file.course> --profile <name> [--force] [--json]
                        check, package and send the course to a platform
  publications <file.course> [--json]
                        what was sent where, with the platform's answers
  check <file.course> [--https] [--limit-mb N] [--json]
                        check whether the course is ready to publish (exit 1 if not)
  export <file.course> --format ${exportFormats.join('|')} --out <path>
                        write a package for a learning platform
  verify <file.course> [--json]
                        check every stored media file against its hash; name damaged assets
  doctor [--json]       show which ffmpeg / ffprobe are used and what this machine lacks
  snapshot <file.course> [--name <text>]
                        take a named snapshot of the course
  snapshots <file.course> [--json]
                        list snapshots with what changed
  restore <file.course> <snapshot-id> [--lesson <id>]
                        restore the course or one lesson (undoable)
  comments <file.course> [--open] [--json]
                        list review comments
  review-copy <file.course> --out <file> [--light]
                        write a review copy (read-only content, comments allowed)
  review-site <file.course> --out <dir|zip>
                        write an offline review site for reviewers without the app
  merge-review <file.course> <reviewed-file> [--json]
                        bring a review's comments into the course

Run course-studio <command> --help for a command's options.`;

// Loaded on demand: `info` should not pay for the web host or the Electron launcher.
const commands: Record<string, (argv: string[]) => Promise<number>> = {
  new: async (argv) => (await import('./commands/new')).runNew(argv),
  info: async (argv) => (await import('./commands/info')).runInfo(argv),
  serve: async (argv) => (await import('./commands/serve')).runServe(argv),
  start: async (argv) => (await import('./commands/start')).runStart(argv),
  'import-video': async (argv) => (await import('./commands/import-video')).runImportVideo(argv),
  media: async (argv) => (await import('./commands/media')).runMedia(argv),
  captions: async (argv) => (await import('./commands/captions')).runCaptions(argv),
  profiles: async (argv) => (await import('./commands/profiles')).runProfiles(argv),
  publish: async (argv) => (await import('./commands/publish')).runPublish(argv),
  publications: async (argv) => (await import('./commands/publications')).runPublications(argv),
  check: async (argv) => (await import('./commands/check')).runCheck(argv),
  export: async (argv) => (await import('./commands/export')).runExport(argv),
  verify: async (argv) => (await import('./commands/verify')).runVerify(argv),
  doctor: async (argv) => (await import('./commands/doctor')).runDoctor(argv),
  // Review and history.
  snapshot: async (argv) => (await import('./commands/snapshot')).runSnapshot(argv),
  snapshots: async (argv) => (await import('./commands/snapshots')).runSnapshots(argv),
  restore: async (argv) => (await import('./commands/restore')).runRestore(argv),
  comments: async (argv) => (await import('./commands/comments')).runComments(argv),
  'review-copy': async (argv) => (await import('./commands/review-copy')).runReviewCopy(argv),
  'review-site': async (argv) => (await import('./commands/review-site')).runReviewSite(argv),
  'merge-review': async (argv) => (await import('./commands/merge-review')).runMergeReview(argv),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  return command(rest);
}

const argv = process.argv.slice(2);
main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      const topic = argv[0] && argv[0] in commands ? `${argv[0]} --help` : '--help';
      process.stderr.write(
        `course-studio: ${escapeForTerminal(error.message)} (see course-studio ${topic})\n`,
      );
      process.exitCode = 2;
      return;
    }
    // Anything that did not pass through dispatch gets the same errno / SQLite mapping.
    const studioError = toStudioError(error);
    process.stderr.write(
      `course-studio: ${escapeForTerminal(studioError.message + fieldHint(studioError))}\n`,
    );
    process.exitCode = 1;
  },
);

/** The contract names the field it refused; a terminal user needs that more than a UI does. */
function fieldHint(error: StudioError): string {
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (error.code !== 'INVALID_ARGUMENT' || !Array.isArray(issues)) return '';
  const [first] = issues as { path?: unknown; message?: unknown }[];
  if (!first || typeof first.message !== 'string') return '';
  return ` (${typeof first.path === 'string' && first.path ? `${first.path}: ` : ''}${first.message})`;
}
