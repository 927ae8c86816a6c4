/**
 * A control's local copy of a value that lives in a Lexical node. Typing updates the copy at
 * once (so the caret never jumps) and the node right after; when the node changes for another
 * reason (undo, a reload, another window) the copy follows it.
 */
import { useState } from 'react';

export function useNodeDraft<T>(value: T, commit: (next: T) => void): [T, (next: T) => void] {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (!Object.is(value, shown)) {
    setShown(value);
    setDraft(value);
  }
  const change = (next: T) => {
    setDraft(next);
    commit(next);
  };
  return [draft, change];
}
