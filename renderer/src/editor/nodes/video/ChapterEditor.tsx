/**
 * A video's chapters: a list that seeks the video, and an editor (time + title rows) that saves
 * them on the asset with `media.setChapters`, so every lesson using the video gets them.
 */
import { useRef, useState } from 'react';
import type { VideoChapter } from '../../../../../electron/shared/content';
import { call } from '../../../api';
import { useT } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { errorText } from '../../../i18n/errorText';
import { formatEditableTime, parseClockTime } from '../../../media/clockTime';
import { formatClockTime } from '../../../media/formatMedia';
import { newItemId } from '../quiz/quizData';
import { seekTo } from './videoCommands';

interface ChapterEditorProps {
  assetId: string;
  /** What learners see: the block's own chapters if it has them, else the asset's. */
  chapters: VideoChapter[];
  /** The block overrides the asset's chapters (older documents, imports). */
  overridden: boolean;
  durationSec: number;
  video: HTMLVideoElement | null;
  editable: boolean;
  /** Drops the block's own chapters so the asset's apply. */
  onUseAssetChapters: () => void;
  /** Slide changes the import found, offered while the video has no chapters. */
  suggestions: VideoChapter[];
}

interface Row {
  key: string;
  time: string;
  title: string;
}

const toRows = (chapters: VideoChapter[]): Row[] =>
  chapters.map((chapter) => ({
    key: newItemId(),
    time: formatEditableTime(chapter.time),
    title: chapter.title,
  }));

export function ChapterEditor(props: ChapterEditorProps) {
  const { assetId, chapters, overridden, durationSec, video, editable, onUseAssetChapters } = props;
  const { suggestions } = props;
  const t = useT();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // A chapter just added gets focus on its title, so Space types there instead of adding
  // another chapter.
  const focusRow = useRef<string | null>(null);
  const focusIfNew = (key: string) => (input: HTMLInputElement | null) => {
    if (input && focusRow.current === key) {
      focusRow.current = null;
      input.focus();
    }
  };

  const seek = (time: number) => video && seekTo(video, time, true);

  const save = async (edited: Row[]) => {
    const parsed: VideoChapter[] = [];
    for (const row of edited) {
      const time = parseClockTime(row.time);
      const key: MessageKey | null =
        time === null
          ? 'chapters.badTime'
          : time >= durationSec
            ? 'chapters.afterEnd'
            : row.title.trim() === ''
              ? 'chapters.noTitle'
              : null;
      if (key || time === null) {
        setProblem(t(key ?? 'chapters.badTime', { time: row.time }));
        return;
      }
      parsed.push({ time, title: row.title.trim() });
    }
    setSaving(true);
    setProblem(null);
    try {
      await call('media.setChapters', { assetId, chapters: parsed });
      if (overridden) onUseAssetChapters();
      setRows(null);
    } catch (error) {
      setProblem(errorText(t, error));
    } finally {
      setSaving(false);
    }
  };

  const update = (key: string, patch: Partial<Row>) =>
    setRows(
      (current) => current?.map((row) => (row.key === key ? { ...row, ...patch } : row)) ?? null,
    );

  if (rows === null) {
    return (
      <div className="video-section" data-testid="video-chapters">
        {overridden && <p className="field-hint">{t('chapters.overridden')}</p>}
        {chapters.length === 0 ? (
          <p className="muted">{t('chapters.none')}</p>
        ) : (
          <ol className="chapter-list">
            {chapters.map((chapter) => (
              <li key={`${chapter.time}-${chapter.title}`}>
                <button type="button" className="chapter-link" onClick={() => seek(chapter.time)}>
                  <span className="chapter-time">{formatClockTime(chapter.time)}</span>
                  {chapter.title}
                </button>
              </li>
            ))}
          </ol>
        )}
        {editable && chapters.length === 0 && suggestions.length > 1 && (
          <p className="field-hint">
            {t('chapters.suggested', { count: suggestions.length })}{' '}
            <button
              type="button"
              className="button button-small"
              onClick={() => setRows(toRows(suggestions))}
              data-testid="chapters-use-suggestions"
            >
              {t('chapters.useSuggested')}
            </button>
          </p>
        )}
        {editable && (
          <button
            type="button"
            className="button button-small"
            onClick={() => setRows(toRows(chapters))}
            data-testid="chapters-edit"
          >
            {t('chapters.edit')}
          </button>
        )}
      </div>
    );
  }

  return (
    <div className="video-section" data-testid="video-chapters">
      <ol className="chapter-rows">
        {rows.map((row, index) => (
          <li key={row.key} className="chapter-row">
            <input
              className="input chapter-time-input"
              value={row.time}
              inputMode="decimal"
              aria-label={t('chapters.timeOf', { number: index + 1 })}
              placeholder="0:00"
              onChange={(event) => update(row.key, { time: event.target.value })}
              data-testid="chapter-time"
            />
            <input
              ref={focusIfNew(row.key)}
              className="input"
              value={row.title}
              maxLength={200}
              aria-label={t('chapters.titleOf', { number: index + 1 })}
              placeholder={t('chapters.titlePlaceholder')}
              onChange={(event) => update(row.key, { title: event.target.value })}
              data-testid="chapter-title"
            />
            <button
              type="button"
              className="icon-button"
              aria-label={t('chapters.remove', { number: index + 1 })}
              title={t('chapters.remove', { number: index + 1 })}
              onClick={() => setRows(rows.filter((other) => other.key !== row.key))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="input-row">
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            const key = newItemId();
            focusRow.current = key;
            setRows([
              ...rows,
              { key, time: formatEditableTime(Math.floor(video?.currentTime ?? 0)), title: '' },
            ]);
          }}
          data-testid="chapter-add"
        >
          {t('chapters.addAtCurrent')}
        </button>
        <span className="spacer" />
        <button type="button" className="button button-small" onClick={() => setRows(null)}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button-small button-primary"
          disabled={saving}
          onClick={() => void save(rows)}
          data-testid="chapters-save"
        >
          {t('common.save')}
        </button>
      </div>
    </div>
  );
}
