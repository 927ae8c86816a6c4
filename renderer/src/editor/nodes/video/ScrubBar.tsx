/**
 * The video's progress bar: a slider (arrow keys seek 5 s, Page Up / Down 30 s, Home / End)
 * with chapter and question marks, and, on hover, the time and a thumbnail of that moment
 * from the asset's sprite.
 */
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { formatClockTime } from '../../../media/formatMedia';
import { useT } from '../../../i18n/I18nProvider';
import { thumbnailAt, type Thumbnail } from './thumbnails';

export interface ScrubMark {
  time: number;
  kind: 'chapter' | 'question';
  label: string;
}

interface ScrubBarProps {
  time: number;
  duration: number;
  marks: ScrubMark[];
  thumbnails: Thumbnail[];
  onSeek: (time: number) => void;
}

const keySteps: Record<string, number> = {
  ArrowLeft: -5,
  ArrowDown: -5,
  ArrowRight: 5,
  ArrowUp: 5,
  PageDown: -30,
  PageUp: 30,
};

export function ScrubBar({ time, duration, marks, thumbnails, onSeek }: ScrubBarProps) {
  const t = useT();
  const bar = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<{ x: number; time: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const known = duration > 0;
  const position = (seconds: number) => `${known ? Math.min(100, (seconds / duration) * 100) : 0}%`;

  const timeAt = (clientX: number) => {
    const rect = bar.current?.getBoundingClientRect();
    if (!rect || rect.width === 0 || !known) return null;
    const x = Math.min(rect.width, Math.max(0, clientX - rect.left));
    return { x, time: (x / rect.width) * duration };
  };

  const onPointerMove = (event: PointerEvent) => {
    const at = timeAt(event.clientX);
    setHover(at);
    if (dragging && at) onSeek(at.time);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!known) return;
    let next: number | null = null;
    if (event.key in keySteps) next = time + (keySteps[event.key] ?? 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = duration;
    if (next === null) return;
    event.preventDefault();
    onSeek(Math.min(duration, Math.max(0, next)));
  };

  const preview = hover ? thumbnailAt(thumbnails, hover.time) : null;

  return (
    <div
      ref={bar}
      className="scrub"
      role="slider"
      tabIndex={0}
      aria-label={t('video.seek')}
      aria-valuemin={0}
      aria-valuemax={Math.round(duration)}
      aria-valuenow={Math.round(time)}
      aria-valuetext={t('video.timeOf', {
        time: formatClockTime(time),
        duration: formatClockTime(duration),
      })}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        const at = timeAt(event.clientX);
        if (!at) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        setDragging(true);
        onSeek(at.time);
      }}
      onPointerUp={() => setDragging(false)}
      onPointerMove={onPointerMove}
      onPointerLeave={() => !dragging && setHover(null)}
      data-testid="video-scrub"
    >
      <div className="scrub-track">
        <div className="scrub-fill" style={{ width: position(time) }} />
        {marks.map((mark) => (
          <span
            key={`${mark.kind}-${mark.time}-${mark.label}`}
            className={`scrub-mark scrub-mark-${mark.kind}`}
            style={{ left: position(mark.time) }}
            title={`${formatClockTime(mark.time)} ${mark.label}`}
          />
        ))}
        <span className="scrub-thumb" style={{ left: position(time) }} />
      </div>
      {hover && (
        <div className="scrub-preview" style={{ left: hover.x }} aria-hidden="true">
          {preview && (
            <span
              className="scrub-image"
              data-testid="scrub-thumbnail"
              style={{
                width: preview.width,
                height: preview.height,
                backgroundImage: `url("${preview.url}")`,
                backgroundPosition: `-${preview.x}px -${preview.y}px`,
              }}
            />
          )}
          <span className="scrub-time">{formatClockTime(hover.time)}</span>
        </div>
      )}
    </div>
  );
}
