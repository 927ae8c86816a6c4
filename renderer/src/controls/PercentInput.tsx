/** A whole percentage, 0 to 100, typed as text so the form can say what is wrong with it. */
interface PercentInputProps {
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  /** For an input whose label is not wrapped around it. */
  label?: string;
  /** Set under a radio option, in line with its text. */
  indented?: boolean;
  /** Focused when its dialog opens. */
  autoFocus?: boolean;
  testId: string;
}

export function PercentInput({
  value,
  onChange,
  disabled,
  label,
  indented,
  autoFocus,
  testId,
}: PercentInputProps) {
  return (
    <input
      className={indented ? 'input input-number input-indented' : 'input input-number'}
      type="number"
      min={0}
      max={100}
      step={1}
      value={value}
      disabled={disabled}
      aria-label={label}
      onChange={(event) => onChange(event.target.value)}
      data-testid={testId}
      data-autofocus={autoFocus || undefined}
    />
  );
}
