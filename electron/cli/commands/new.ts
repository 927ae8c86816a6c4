import { courseLanguages, type CourseLanguage } from '../../shared/model';
import { parseCommand, UsageError } from '../args';
import { withCourse } from '../course-session';

const help = `Usage: course-studio new <file.course> --title <text> [--lang en|zh-CN] [--force]
       course-studio new <file.course> --from-sample <name> [--force]

Creates a course with one section holding one empty lesson, or builds a sample course
from samples/<name>. Refuses to replace an existing file unless --force is given.`;

export async function runNew(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, {
    title: { type: 'string' },
    lang: { type: 'string' },
    'from-sample': { type: 'string' },
    force: { type: 'boolean' },
  });
  if (values.help) return (void process.stdout.write(`${help}\n`), 0);
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError(`new takes one file`);
  const force = values.force === true;
  const sample = values['from-sample'];

  if (typeof sample === 'string') {
    const snapshot = await withCourse(null, ({ call }) =>
      call('project.createSample', { path: file, sample, force }),
    );
    process.stdout.write(
      `Created ${snapshot.path} from the sample "${sample}": ${snapshot.course.title}\n`,
    );
    return 0;
  }
  // Whether a title is good (not blank, not too long) is the contract's rule, checked there.
  const title = values.title;
  if (title === undefined) throw new UsageError(`--title is required`);
  const lang = values.lang ?? 'en';
  if (!(courseLanguages as readonly unknown[]).includes(lang)) {
    throw new UsageError(`--lang must be one of ${courseLanguages.join(', ')}`);
  }
  const snapshot = await withCourse(null, ({ call }) =>
    call('project.create', { path: file, title, language: lang as CourseLanguage, force }),
  );
  process.stdout.write(`Created ${snapshot.path}\n`);
  return 0;
}
