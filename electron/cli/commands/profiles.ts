import { exportFormats, type ExportFormat } from '../../shared/model';
import {
  defaultPublishFormat,
  publishNeedsSecret,
  publishTargetKinds,
  type PublishTargetKind,
} from '../../shared/publish';
import { parseCommand, UsageError } from '../args';
import { withCourse } from '../course-session';
import { readSecret } from '../read-secret';

const help = `Usage: course-studio profiles add <name> --kind <kind> --url <url> [options]
       course-studio profiles list [--json]
       course-studio profiles remove <name>

Saved destinations for \`course-studio publish\`. Kinds: openedx (Open edX Studio or XuetangX),
canvas, moodle, tus (any tus 1.0 upload server), folder (a synced or shared folder).

The secret (Open edX client secret, Canvas or Moodle token) is never taken from the command
line: it is asked for on the terminal, or read from standard input with --secret-stdin, and
kept encrypted in a file only you can read. COURSE_STUDIO_SECRET_<NAME> overrides it.

Options for add:
  --kind <kind>          openedx | canvas | moodle | tus | folder
  --url <url>            Studio URL (Open edX), site URL, tus endpoint, or folder path
  --lms-url <url>        Open edX: the LMS that issues tokens (default: --url)
  --course-id <id>       course-v1:Org+Num+Run, or the Canvas / Moodle course id
  --user <id>            Open edX: the OAuth client id
  --format <format>      the package sent (default by kind: ${Object.entries(defaultPublishFormat)
    .map(([kind, format]) => `${kind} ${format}`)
    .join(', ')})
  --size-limit-mb <N>    the platform's upload limit, checked before sending
  --secret-stdin         read the secret from standard input`;

export async function runProfiles(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, {
    kind: { type: 'string' },
    url: { type: 'string' },
    'lms-url': { type: 'string' },
    'course-id': { type: 'string' },
    user: { type: 'string' },
    format: { type: 'string' },
    'size-limit-mb': { type: 'string' },
    'secret-stdin': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (values.help) return (void process.stdout.write(`${help}\n`), 0);
  const [action, name, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError('too many arguments');

  if (action === 'list') {
    const profiles = await withCourse(null, ({ call }) => call('profiles.list', {}), {
      rememberRecent: false,
    });
    if (values.json) process.stdout.write(`${JSON.stringify(profiles, null, 2)}\n`);
    else if (profiles.length === 0) process.stdout.write('No publish profiles yet.\n');
    else
      for (const profile of profiles)
        process.stdout.write(
          `${profile.name}  ${profile.kind}  ${profile.url}  ${profile.format}${
            publishNeedsSecret[profile.kind] && !profile.hasSecret ? '  (no secret stored)' : ''
          }\n`,
        );
    return 0;
  }
  if (!name) throw new UsageError(`profiles ${action ?? ''} needs a profile name`);
  if (action === 'remove') {
    await withCourse(null, ({ call }) => call('profiles.remove', { name }));
    process.stdout.write(`Removed ${name}.\n`);
    return 0;
  }
  if (action !== 'add') throw new UsageError('use profiles add, list or remove');

  const kind = values.kind as PublishTargetKind | undefined;
  if (!kind || !publishTargetKinds.includes(kind))
    throw new UsageError(`--kind must be one of ${publishTargetKinds.join(', ')}`);
  if (!values.url) throw new UsageError('--url is required');
  const format = (values.format ?? defaultPublishFormat[kind]) as ExportFormat;
  if (!exportFormats.includes(format))
    throw new UsageError(`--format must be one of ${exportFormats.join(', ')}`);
  const sizeLimitMb =
    values['size-limit-mb'] === undefined ? undefined : Number(values['size-limit-mb']);
  const secret = publishNeedsSecret[kind]
    ? await readSecret(
        kind === 'openedx' ? 'OAuth client secret' : 'Access token',
        values['secret-stdin'] === true,
      )
    : undefined;
  await withCourse(null, ({ call }) =>
    call('profiles.save', {
      profile: {
        name,
        kind,
        url: values.url!,
        lmsUrl: values['lms-url'],
        courseId: values['course-id'],
        user: values.user,
        format,
        sizeLimitMb,
      },
      secret,
    }),
  );
  process.stdout.write(`Saved ${name}.\n`);
  return 0;
}
