/** Times as authors type them: `83`, `1:23`, `1:23.5` or `1:02:03`. */
export function parseClockTime(text: string): number | null {
  const parts = text.trim().split(':');
  if (parts.length === 0 || parts.length > 3) return null;
  let seconds = 0;
  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1;
    if (!(last ? /^\d+(\.\d+)?$/ : /^\d+$/).test(part)) return null;
    const value = Number(part);
    if (index > 0 && value >= 60) return null;
    seconds = seconds * 60 + value;
  }
  return seconds;
}

/** `m:ss` with the fraction kept (`1:23.5`), so editing a time and saving it changes nothing. */
export function formatEditableTime(seconds: number): string {
  const whole = Math.floor(seconds);
  const fraction = Math.round((seconds - whole) * 1000);
  const total = Math.max(0, whole);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  const clock = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
  return fraction > 0 ? `${clock}.${String(fraction).padStart(3, '0').replace(/0+$/, '')}` : clock;
}
