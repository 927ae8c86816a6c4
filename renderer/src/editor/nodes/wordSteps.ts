/** Where typing in a block's field starts a new undo step (see fieldHistory.ts); no DOM. */

/** Whether going from `before` to `after` is typing the first letter of a new word. */
export function startsNewWord(before: string, after: string): boolean {
  // Only a single character typed (anywhere) counts as typing; a paste, a cut or a larger
  // replacement is a step of its own.
  if (after.length !== before.length + 1) return after.length >= before.length;
  let at = 0;
  while (at < before.length && before[at] === after[at]) at += 1;
  if (before.slice(at) !== after.slice(at + 1)) return true;
  const typed = after[at] ?? '';
  const previousChar = at > 0 ? (after[at - 1] ?? '') : '';
  return /\S/u.test(typed) && (previousChar === '' || /\s/u.test(previousChar));
}
