/**
 * Calls a contract method from inside the page, over the same /rpc transport (and token
 * cookie) the studio uses, so a test can check what the UI stored.
 */
import type { Page } from '@playwright/test';
import type { ArgsOf, MethodName, ResultOf } from '../../electron/shared/contract';
import type { SerializedNode } from '../../electron/shared/model';

export async function callStudio<M extends MethodName>(
  page: Page,
  method: M,
  args: ArgsOf<M>,
): Promise<ResultOf<M>> {
  const reply = await page.evaluate(
    async ({ method, args }) => {
      const response = await fetch(`/rpc/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(args),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    },
    { method, args },
  );
  if (!reply.ok) throw new Error(`${method} failed: ${JSON.stringify(reply.error)}`);
  return reply.value as ResultOf<M>;
}

/** The top-level nodes of the first lesson of the first section, as stored. */
export async function firstLessonBlocks(page: Page): Promise<SerializedNode[]> {
  const outline = await callStudio(page, 'outline.get', {});
  const id = outline[0]?.lessons[0]?.id;
  if (!id) throw new Error('The course has no lesson');
  const lesson = await callStudio(page, 'lesson.get', { id });
  return lesson.doc.root.children;
}
