/**
 * Brings a lesson's top-level block into view once the editor shows it: the readiness check's
 * "Go to" switches lessons first, so the block may appear a moment later.
 */
const TRIES = 40;

export function revealBlock(lessonId: string, blockIndex: number): void {
  let tries = 0;
  const attempt = () => {
    const root = document.querySelector<HTMLElement>(
      `[data-lesson-id="${CSS.escape(lessonId)}"][aria-busy="false"] [data-lexical-editor="true"]`,
    );
    const block = root?.children.item(blockIndex);
    if (!(block instanceof HTMLElement)) {
      if (++tries < TRIES) setTimeout(attempt, 50);
      return;
    }
    block.scrollIntoView({ block: 'center' });
    block.classList.add('is-revealed');
    setTimeout(() => block.classList.remove('is-revealed'), 2000);
    root?.focus({ preventScroll: true });
  };
  attempt();
}
