/**
 * The CLI's sentences that carry counts. The CLI speaks English (its errors are StudioError's
 * English messages), through the same formatter as the studio, the player and the menus, so
 * counts follow plural rules: "1 file", "2 files".
 */
import { formatMessage, type MessageParams } from '../shared/format-message';

const cliMessages = {
  exportWrote: 'Wrote {path} ({files, plural, one {# file} other {# files}}, {bytes} bytes)',
  mediaExtracted: 'Wrote {files, plural, one {# file} other {# files}} to {folder}',
} as const;

export function cliText(key: keyof typeof cliMessages, params: MessageParams): string {
  return formatMessage('en', cliMessages[key], params);
}
