import { resolve } from 'node:path';
import { courseLanguages, type CourseLanguage } from '../../shared/model';
import { Project } from '../../core/project/project';
import { buildSampleCourse } from '../../core/project/sample-course';
import { parseCommand, UsageError } from '../args';

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
  const path = resolve(file);
  const force = values.force === true;
  const sample = values['from-sample'];

  if (typeof sample === 'string') {
    const snapshot = await buildSampleCourse(sample, path, { force });
    process.stdout.write(`Created ${path} from the sample "${sample}": ${snapshot.course.title}\n`);
    return 0;
  }
  const title = typeof values.title === 'string' ? values.title.trim() : '';
  if (!title) throw new UsageError(`--title is required`);
  const lang = values.lang ?? 'en';
  if (!(courseLanguages as readonly unknown[]).includes(lang)) {
    throw new UsageError(`--lang must be one of ${courseLanguages.join(', ')}`);
  }
  const project = Project.create(path, { title, language: lang as CourseLanguage, force });
  project.close();
  process.stdout.write(`Created ${path}\n`);
  return 0;
}
