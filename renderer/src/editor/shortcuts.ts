/** Shortcut labels as the platform writes them (⌘ on macOS, Ctrl elsewhere). */
const isApple = /Mac|iPhone|iPad/.test(navigator.platform);

export function shortcutLabel(keys: string): string {
  return isApple
    ? keys
        .replace(/Ctrl\+/g, '⌘')
        .replace(/Shift\+/g, '⇧')
        .replace(/Alt\+/g, '⌥')
    : keys;
}

/** "Bold (Ctrl+B)": the label with its shortcut, for tooltips. */
export function withShortcut(label: string, keys: string | undefined): string {
  return keys ? `${label} (${shortcutLabel(keys)})` : label;
}
