/**
 * "Send for review" and "Merge a review" for the author: write a full or light review copy
 * next to the course (saying how big each is), and bring back the comments of a review copy
 * or of the review site's saved file.
 */
import { useRef, useState } from 'react';
import { call } from '../api';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';
import { uploadFile } from '../media/uploadFile';
import { useNotify } from '../notifications/Notifications';

/** `physics.course` -> `physics.review.course` (or `.review-light.course`). */
export function reviewCopyPath(coursePath: string, light: boolean): string {
  const base = coursePath.replace(/\.course$/i, '');
  return `${base}.${light ? 'review-light' : 'review'}.course`;
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

export function ReviewActions({
  coursePath,
  onMerged,
}: {
  coursePath: string;
  onMerged: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      notify(await work());
    } catch (error) {
      notify(errorText(t, error));
    } finally {
      setBusy(false);
    }
  };

  const writeCopy = (light: boolean) =>
    void run(async () => {
      const result = await call('review.copy', {
        outPath: reviewCopyPath(coursePath, light),
        light,
      });
      return t('review.copyWritten', {
        path: result.outPath,
        copy: megabytes(result.copyBytes),
        course: megabytes(result.courseBytes),
      });
    });

  const merge = (file: File) =>
    void run(async () => {
      const path = await uploadFile(file, () => undefined);
      const result = await call('review.merge', { path });
      onMerged();
      return t('review.merged', {
        added: result.added,
        skipped: result.skipped,
        orphaned: result.orphaned,
      });
    });

  return (
    <div className="review-actions review-send">
      <button
        type="button"
        className="button button-ghost"
        disabled={busy}
        onClick={() => writeCopy(false)}
      >
        {t('review.sendFull')}
      </button>
      <button
        type="button"
        className="button button-ghost"
        disabled={busy}
        onClick={() => writeCopy(true)}
      >
        {t('review.sendLight')}
      </button>
      <button
        type="button"
        className="button button-ghost"
        disabled={busy}
        onClick={() => input.current?.click()}
        data-testid="merge-review"
      >
        {t('review.merge')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".course,.json,application/json"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) merge(file);
        }}
        data-testid="merge-review-file"
      />
    </div>
  );
}
