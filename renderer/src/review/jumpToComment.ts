/**
 * Brings a comment's place into view in the lesson editor: the passage (selected), the video
 * (seeked to the comment's time), the quiz question, or the lesson itself. Runs after the shell opened the lesson.
 */
import type { CommentAnchor } from '../../../electron/shared/review/model';

export function jumpToComment(
  anchor: CommentAnchor,
  options: { quizIndex?: number } = {},
  root: ParentNode = document,
): void {
  const editor = root.querySelector<HTMLElement>('[data-lexical-editor="true"]');
  if (!editor) return;
  if (anchor.kind === 'quiz') {
    // Quiz blocks carry no id in the editor; the caller found the question's place in the
    // lesson's document order, which is the blocks' order on the page.
    const blocks = editor.querySelectorAll<HTMLElement>('[data-testid="quiz-block"]');
    blocks[options.quizIndex ?? -1]?.scrollIntoView({ block: 'start' });
    return;
  }
  if (anchor.kind === 'video') {
    const videos = [...editor.querySelectorAll<HTMLVideoElement>('video')];
    // The player's poster URL names the asset; fall back to the only video there is.
    const video =
      videos.find((candidate) => candidate.poster.includes(anchor.assetId)) ?? videos[0] ?? null;
    if (!video) return;
    video.scrollIntoView({ block: 'center' });
    video.currentTime = anchor.time;
    return;
  }
  if (anchor.kind === 'text') {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(anchor.quote) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + anchor.quote.length);
      node.parentElement?.scrollIntoView({ block: 'center' });
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
  }
}
