import type { Comment } from '../../shared/review/model';
import { parseCommand, UsageError } from '../args';
import { withCourse } from '../course-session';
import { printable } from '../printable';

const help = `Usage: course-studio comments <file.course> [--open] [--json]

Lists review comments thread by thread, with where each is pinned (lesson, passage, video
time, quiz question). --open shows unresolved threads only. Comments whose place was
deleted are marked [orphaned].`;

export async function runComments(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, {
    open: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (values.help) return (void process.stdout.write(`${help}\n`), 0);
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('comments takes one course file');
  const comments = await withCourse(file, ({ call }) =>
    call('comments.list', { open: values.open === true }),
  );
  if (values.json) {
    process.stdout.write(`${JSON.stringify(comments, null, 2)}\n`);
    return 0;
  }
  if (comments.length === 0) process.stdout.write('No comments.\n');
  for (const comment of comments) process.stdout.write(`${commentLines(comment)}\n`);
  return 0;
}

/** One comment for a terminal; everything a reviewer typed goes through `printable`. */
export function commentLines(comment: Comment): string {
  const indent = comment.parentId ? '    ' : '';
  const flags = [comment.resolved ? 'resolved' : 'open', comment.orphaned ? 'orphaned' : null]
    .filter(Boolean)
    .join(', ');
  return (
    `${indent}${comment.id}  ${printable(comment.author)}  [${flags}]  ${placeOf(comment)}\n` +
    `${indent}  ${printable(comment.body)}`
  );
}

function placeOf(comment: Comment): string {
  const lesson = `lesson ${comment.lessonId ?? '?'}`;
  switch (comment.anchor.kind) {
    case 'text':
      return `${lesson}, on "${printable(comment.anchor.quote).slice(0, 60)}"`;
    case 'video':
      return `${lesson}, video at ${comment.anchor.time.toFixed(1)} s`;
    case 'quiz':
      return `${lesson}, question ${printable(comment.anchor.questionId)}`;
    default:
      return lesson;
  }
}
