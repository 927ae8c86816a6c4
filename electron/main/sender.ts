/**
 * Main re-checks who is calling (DESIGN §2, like VS Code): only the top frame of one of our
 * windows, showing our bundle, may use the studio. A subframe or a page that somehow
 * navigated elsewhere gets nothing, even though the preload already filters names.
 */
import { BrowserWindow, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './schemes';

export function isTrustedSender(event: IpcMainEvent | IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  const main = event.sender.mainFrame;
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  // Every BrowserWindow is ours: window.open is denied for all contents (security.ts).
  if (!BrowserWindow.fromWebContents(event.sender)) return false;
  return isAppUrl(frame.url);
}

/** The id change events carry so a window can skip its own changes. */
export function clientIdOf(event: IpcMainEvent | IpcMainInvokeEvent): string {
  return String(event.sender.id);
}
