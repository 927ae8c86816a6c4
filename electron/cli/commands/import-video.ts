import { StudioError } from '../../shared/errors';
import { escapeForTerminal, jsonForTerminal } from '../../shared/plain-text';
import {
  mediaQualities,
  mediaTunings,
  type MediaQuality,
  type MediaTuning,
} from '../../shared/model';
import { parseCommand, UsageError } from '../args';
import { withCourse } from '../course-session';
import { clock, followJob } from '../progress';

const help = `Usage: course-studio import-video <file.course> <video> [options]

Imports a video (mp4, mov, mkv, webm, avi, m4v) or audio file (mp3, m4a, wav) into the
course: transcodes it into adaptive HLS rungs, an MP4, a poster and thumbnails, and stores
them inside the course file. Shows progress; Ctrl+C cancels and stores nothing.

Options:
  --lesson <id>             the lesson the video is for
  --quality fast|balanced|small   encoding speed against file size (default balanced)
  --tuning auto|video|slides      slides suits screen and slide recordings (default auto)
  --no-loudnorm             keep the original loudness
  --captions <file>         an SRT or WebVTT file to add, with --caption-lang <lang>
  --caption-lang <lang>     its language, e.g. en or zh-CN
  --json                    print the result as JSON
  --quiet                   no progress on stderr`;

export async function runImportVideo(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, {
    lesson: { type: 'string' },
    quality: { type: 'string' },
    tuning: { type: 'string' },
    'no-loudnorm': { type: 'boolean' },
    captions: { type: 'string' },
    'caption-lang': { type: 'string' },
    json: { type: 'boolean' },
    quiet: { type: 'boolean' },
  });
  if (values.help) return (void process.stdout.write(`${help}\n`), 0);
  const [course, video, ...extra] = positionals;
  if (!course || !video || extra.length > 0)
    throw new UsageError('import-video takes a course and a file');
  const quality = oneOf(values.quality, mediaQualities, '--quality') as MediaQuality | undefined;
  const tuning = oneOf(values.tuning, mediaTunings, '--tuning') as MediaTuning | undefined;
  if ((values.captions === undefined) !== (values['caption-lang'] === undefined)) {
    throw new UsageError('--captions and --caption-lang go together');
  }

  return withCourse(course, async (session) => {
    const job = await followJob(
      session,
      () =>
        session.call('media.import', {
          path: video,
          lessonId: values.lesson,
          quality,
          tuning,
          loudnorm: values['no-loudnorm'] ? false : undefined,
          captions: values.captions
            ? [{ path: values.captions, lang: values['caption-lang'] as string }]
            : undefined,
        }),
      { quiet: values.quiet === true },
    );
    if (job.state === 'cancelled') {
      process.stderr.write('Cancelled; nothing was stored.\n');
      return 130;
    }
    if (job.state !== 'done')
      throw StudioError.from(job.error ?? new Error(`The import ended ${job.state}.`));
    const assetId = job.assetId!;
    const asset = await session.call('media.get', { assetId });
    if (values.json) {
      process.stdout.write(`${jsonForTerminal({ jobId: job.id, assetId, asset })}\n`);
    } else {
      const rungs = asset.meta?.rungs.map((rung) => `${rung}p`).join(', ') || 'audio';
      process.stdout.write(
        `Imported ${escapeForTerminal(asset.name)} as ${assetId} (${rungs}; ${clock(asset.meta?.durationSec ?? 0)}; ${asset.meta?.tuning ?? ''})\n`,
      );
    }
    return 0;
  });
}

function oneOf(value: unknown, allowed: readonly string[], flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}`);
  }
  return value;
}
