/**
 * The Comments panel: threads filtered by open / resolved / all and optionally by the open
 * lesson; reply, resolve and reopen; clicking a comment opens its lesson and jumps to its
 * place (seeking the video to its time). Reviewers' text is rendered as text by React.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { SerializedNode } from '../../../electron/shared/model';
import type { Comment, CommentAnchor } from '../../../electron/shared/review/model';
import { call } from '../api';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';
import { useNotify } from '../notifications/Notifications';
import { jumpToComment } from './jumpToComment';
import { ReviewActions } from './ReviewActions';
import { usePinChoices } from './usePinChoices';

type Filter = 'open' | 'resolved' | 'all';

interface CommentsPanelProps {
  coursePath: string;
  lessonId: string | null;
  onOpenLesson: (id: string) => Promise<void> | void;
  onClose: () => void;
}

export function CommentsPanel({ coursePath, lessonId, onOpenLesson, onClose }: CommentsPanelProps) {
  const t = useT();
  const notify = useNotify();
  const [comments, setComments] = useState<Comment[]>([]);
  const [filter, setFilter] = useState<Filter>('open');
  const [thisLesson, setThisLesson] = useState(false);
  const [author, setAuthor] = useState(() => localStorage.getItem('course-studio-reviewer') ?? '');
  const [body, setBody] = useState('');
  const pins = usePinChoices(lessonId);
  const [pinIndex, setPinIndex] = useState(0);
  const [replyTo, setReplyTo] = useState<Comment | null>(null);

  const reload = useCallback(() => {
    call('comments.list', {}).then(setComments, (error: unknown) => notify(errorText(t, error)));
  }, [notify, t]);
  useEffect(reload, [reload]);

  const threadResolved = new Map(
    comments.filter((c) => !c.parentId).map((c) => [c.id, c.resolved]),
  );
  const shown = comments.filter((comment) => {
    const resolved = threadResolved.get(comment.parentId ?? comment.id) ?? comment.resolved;
    if (filter === 'open' && resolved) return false;
    if (filter === 'resolved' && !resolved) return false;
    return !thisLesson || comment.lessonId === lessonId;
  });

  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      reload();
    } catch (error) {
      notify(errorText(t, error));
    }
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    // A reply joins its thread, in the thread's lesson, wherever the author is now.
    const target = replyTo?.lessonId ?? lessonId;
    if (!target || !author.trim() || !body.trim()) return;
    localStorage.setItem('course-studio-reviewer', author.trim());
    void run(async () => {
      await call('comments.add', {
        lessonId: target,
        parentId: replyTo?.id,
        author: author.trim(),
        body: body.trim(),
        anchor: replyTo ? { kind: 'lesson' } : (pins[pinIndex]?.anchor ?? { kind: 'lesson' }),
      });
      setBody('');
      setPinIndex(0);
      setReplyTo(null);
    });
  };

  const jump = async (comment: Comment) => {
    if (!comment.lessonId || comment.orphaned) return;
    const { anchor } = comment;
    const quizIndex =
      anchor.kind === 'quiz'
        ? await call('lesson.get', { id: comment.lessonId }).then(
            (lesson) => quizOrder(lesson.doc.root.children).indexOf(anchor.questionId),
            () => -1,
          )
        : undefined;
    await onOpenLesson(comment.lessonId);
    // The editor renders the lesson on the next frames; a video needs its element first.
    requestAnimationFrame(() => setTimeout(() => jumpToComment(anchor, { quizIndex }), 50));
  };

  return (
    <aside className="review-panel" aria-label={t('comments.title')} data-testid="comments-panel">
      <div className="panel-header">
        <h2>{t('comments.title')}</h2>
        <button type="button" className="button button-ghost" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <ReviewActions coursePath={coursePath} onMerged={reload} />
      <div className="review-filters">
        <select
          value={filter}
          aria-label={t('comments.title')}
          onChange={(event) => setFilter(event.target.value as Filter)}
        >
          <option value="open">{t('comments.filter.open')}</option>
          <option value="resolved">{t('comments.filter.resolved')}</option>
          <option value="all">{t('comments.filter.all')}</option>
        </select>
        <label>
          <input
            type="checkbox"
            checked={thisLesson}
            onChange={(event) => setThisLesson(event.target.checked)}
          />
          {t('comments.filter.lesson')}
        </label>
      </div>
      {shown.length === 0 && <p className="review-empty">{t('comments.empty')}</p>}
      <ol className="review-list">
        {shown.map((comment) => (
          <li
            key={comment.id}
            className={comment.parentId ? 'review-item is-reply' : 'review-item'}
            data-testid="comment"
          >
            <button
              type="button"
              className="review-jump"
              onClick={() => void jump(comment)}
              disabled={comment.orphaned}
            >
              <strong>{comment.author}</strong>
              <span className="review-meta">
                {comment.orphaned ? t('comments.orphaned') : anchorLabel(t, comment.anchor)}
              </span>
            </button>
            <p className="review-body">{comment.body}</p>
            {!comment.parentId && (
              <button
                type="button"
                className="button button-ghost"
                onClick={() =>
                  void run(() =>
                    call('comments.setResolved', { id: comment.id, resolved: !comment.resolved }),
                  )
                }
              >
                {comment.resolved ? t('comments.reopen') : t('comments.resolve')}
              </button>
            )}
            {!comment.parentId && !comment.orphaned && (
              <button
                type="button"
                className="button button-ghost"
                onClick={() => setReplyTo(comment)}
                data-testid="comment-reply"
              >
                {t('comments.reply')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {(lessonId || replyTo) && (
        <form className="review-form" onSubmit={(event) => add(event)}>
          {replyTo && (
            <p className="review-replying" data-testid="replying-to">
              {t('comments.replyingTo', { author: replyTo.author })}{' '}
              <button
                type="button"
                className="button button-ghost"
                onClick={() => setReplyTo(null)}
              >
                {t('common.cancel')}
              </button>
            </p>
          )}
          <input
            value={author}
            maxLength={100}
            aria-label={t('comments.author')}
            placeholder={t('comments.author')}
            onChange={(event) => setAuthor(event.target.value)}
          />
          <select
            hidden={replyTo !== null}
            value={Math.min(pinIndex, pins.length - 1)}
            aria-label={t('comments.pin')}
            onChange={(event) => setPinIndex(Number(event.target.value))}
            data-testid="comment-pin"
          >
            {pins.map((pin, index) => (
              <option key={index} value={index}>
                {pin.anchor.kind === 'quiz'
                  ? `${t('comments.anchor.quiz')}: ${pin.label}`
                  : anchorLabel(t, pin.anchor)}
              </option>
            ))}
          </select>
          <textarea
            value={body}
            maxLength={5000}
            aria-label={t('comments.body')}
            placeholder={t('comments.body')}
            onChange={(event) => setBody(event.target.value)}
          />
          <button type="submit" className="button">
            {t('comments.add')}
          </button>
        </form>
      )}
    </aside>
  );
}

/** Quiz question ids in document order (the order of the editor's quiz blocks). */
function quizOrder(nodes: SerializedNode[]): string[] {
  return nodes.flatMap((node) => [
    ...(node.type === 'quiz' && typeof node.id === 'string' ? [node.id] : []),
    ...quizOrder(node.children ?? []),
  ]);
}

export function anchorLabel(t: ReturnType<typeof useT>, anchor: CommentAnchor): string {
  switch (anchor.kind) {
    case 'text':
      return t('comments.anchor.text', {
        quote: anchor.quote.length > 40 ? `${anchor.quote.slice(0, 39)}…` : anchor.quote,
      });
    case 'video': {
      const whole = Math.floor(anchor.time);
      const time = `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
      return t('comments.anchor.video', { time });
    }
    case 'quiz':
      return t('comments.anchor.quiz');
    default:
      return t('comments.anchor.lesson');
  }
}
