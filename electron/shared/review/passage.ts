/**
 * Re-finding a commented passage after the author edited the lesson. A pin stores the quoted
 * text and a little of the text before and after it; the quote is looked up again and, when
 * it occurs more than once, the occurrence whose surroundings match best wins. Used by the
 * core (orphan detection) and the review layer alike, so both agree where a pin is.
 */
/** Characters of context kept on each side of a quoted passage. */
export const PASSAGE_CONTEXT = 40;

export interface PassagePin {
  quote: string;
  prefix: string;
  suffix: string;
}

/** Builds the pin for `text.slice(start, end)`. */
export function pinPassage(text: string, start: number, end: number): PassagePin {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - PASSAGE_CONTEXT), start),
    suffix: text.slice(end, end + PASSAGE_CONTEXT),
  };
}

/** Where the pinned passage starts in `text` now, or null when the quote is gone. */
export function locatePassage(text: string, pin: PassagePin): number | null {
  if (pin.quote === '') return null;
  let best: number | null = null;
  let bestScore = -1;
  for (let at = text.indexOf(pin.quote); at !== -1; at = text.indexOf(pin.quote, at + 1)) {
    const score =
      sharedSuffixLength(text.slice(Math.max(0, at - pin.prefix.length), at), pin.prefix) +
      sharedPrefixLength(text.slice(at + pin.quote.length), pin.suffix);
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return best;
}

function sharedSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

function sharedPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}
