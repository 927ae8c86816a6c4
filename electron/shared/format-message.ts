/**
 * The one message formatter of the studio, the player, the CLI and the Electron menus.
 * Templates use a small subset of ICU MessageFormat:
 *
 *   `{name}`                                          the parameter as text
 *   `{count, plural, one {# lesson} other {# lessons}}`  a plural, with `#` for the number
 *   `{count, plural, =0 {no lessons} other {...}}`       an exact match wins over the category
 *
 * Plural categories come from `Intl.PluralRules` (CLDR data built into Node, Chromium and
 * Electron), so English says "1 lesson" / "2 lessons" and Chinese, which has only `other`,
 * says "1 个课时" / "2 个课时". No ICU library: the subset above is all our messages need, and
 * the player bundle, which every exported course carries, stays small.
 */

export type MessageParams = Readonly<Record<string, string | number>>;

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(locale: string, value: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(value);
}

/** Fills `template` for `locale` (`en`, `zh-CN`); unknown `{names}` are left as written. */
export function formatMessage(locale: string, template: string, params?: MessageParams): string {
  if (!params || !template.includes('{')) return template;
  return formatPart(locale, template, params, null);
}

/** `hash` is the number a plural branch shows for `#`, or null outside a plural. */
function formatPart(
  locale: string,
  text: string,
  params: MessageParams,
  hash: number | null,
): string {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '#' && hash !== null) {
      out += hash.toLocaleString(locale);
      index += 1;
      continue;
    }
    if (char !== '{') {
      out += char;
      index += 1;
      continue;
    }
    const end = matchingBrace(text, index);
    if (end < 0) return out + text.slice(index);
    out += formatArgument(locale, text.slice(index, end + 1), params);
    index = end + 1;
  }
  return out;
}

function formatArgument(locale: string, whole: string, params: MessageParams): string {
  const body = whole.slice(1, -1);
  const comma = body.indexOf(',');
  if (comma < 0) {
    const name = body.trim();
    return name in params ? String(params[name]) : whole;
  }
  const name = body.slice(0, comma).trim();
  const rest = body.slice(comma + 1);
  const second = rest.indexOf(',');
  const value = params[name];
  if (second < 0 || rest.slice(0, second).trim() !== 'plural' || typeof value !== 'number') {
    return whole;
  }
  const branches = pluralBranches(rest.slice(second + 1));
  const chosen =
    branches.get(`=${value}`) ??
    branches.get(pluralCategory(locale, value)) ??
    branches.get('other');
  return chosen === undefined ? whole : formatPart(locale, chosen, params, value);
}

/** `one {# lesson} other {# lessons}` as selector → branch text. */
function pluralBranches(text: string): Map<string, string> {
  const branches = new Map<string, string>();
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf('{', index);
    if (open < 0) break;
    const end = matchingBrace(text, open);
    if (end < 0) break;
    branches.set(text.slice(index, open).trim(), text.slice(open + 1, end));
    index = end + 1;
  }
  return branches;
}

/** The index of the `}` closing the `{` at `open`, or -1. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    if (text[index] === '{') depth += 1;
    else if (text[index] === '}') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}
