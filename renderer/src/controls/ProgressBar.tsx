/** A determinate progress bar, or an indeterminate one while the fraction is unknown. */
interface ProgressBarProps {
  /** 0..1, or null when unknown. */
  fraction: number | null;
  label: string;
  testId?: string;
}

export function ProgressBar({ fraction, label, testId }: ProgressBarProps) {
  const percent = fraction === null ? null : Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div
      className={percent === null ? 'progress is-indeterminate' : 'progress'}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
      data-testid={testId}
    >
      <div
        className="progress-fill"
        style={percent === null ? undefined : { width: `${percent}%` }}
      />
    </div>
  );
}
