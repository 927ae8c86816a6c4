import { captionEncodings, isCaptionEncoding } from '../../shared/caption-encodings';
import { escapeForTerminal } from '../../shared/plain-text';
import { parseCommand, requireString, UsageError } from '../args';
import { withCourse } from '../course-session';

const help = `Usage: course-studio captions add <file.course> <asset-id> <captions.srt|.vtt> --lang <lang> [--label <text>] [--encoding <name>]

Adds a caption track to a video or audio asset, replacing the track of the same language.
SRT and WebVTT files in UTF-8 or UTF-16 are read as such; older files are detected, with the
language's usual encoding preferred (zh-TW/zh-HK Big5, zh GB18030, ja Shift_JIS, ko EUC-KR,
Latin languages Windows-1252). --encoding (${captionEncodings.join(', ')}) overrides
the detection. Malformed cues are reported with their line numbers and nothing is stored.`;

export async function runCaptions(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, {
    lang: { type: 'string' },
    label: { type: 'string' },
    encoding: { type: 'string' },
  });
  if (values.help) return (void process.stdout.write(`${help}\n`), 0);
  const [action, course, assetId, file, ...extra] = positionals;
  if (action !== 'add')
    throw new UsageError(action ? `unknown captions action "${action}"` : 'captions needs add');
  if (!course || !assetId || !file || extra.length > 0) {
    throw new UsageError('captions add takes a course, an asset id and a caption file');
  }
  const lang = requireString(values.lang, '--lang');
  const encoding = values.encoding;
  if (encoding !== undefined && !isCaptionEncoding(encoding))
    throw new UsageError(`--encoding must be one of ${captionEncodings.join(', ')}`);
  const tracks = await withCourse(course, ({ call }) =>
    call('captions.add', {
      assetId,
      path: file,
      lang,
      label: values.label,
      ...(encoding ? { encoding } : {}),
    }),
  );
  process.stdout.write(
    `${escapeForTerminal(`Captions of ${assetId}: ${tracks.map((t) => `${t.lang} (${t.label})`).join(', ')}`)}\n`,
  );
  return 0;
}
