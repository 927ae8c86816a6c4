/**
 * The Electron transport of the contract: one invoke channel for every method, one push
 * channel for every event. Validation and dispatch are the contract's own, as in the web host.
 */
import { BrowserWindow, ipcMain } from 'electron';
import type { Studio } from '../core/studio';
import { dispatch, type Reply } from '../shared/contract';
import { StudioError } from '../shared/errors';
import { CALL_CHANNEL, CLIENT_ID_CHANNEL, EVENT_CHANNEL } from '../shared/channels';
import { clientIdOf, isTrustedSender } from './sender';

/** Wires calls and events; returns a function that unwires the events. */
export function bridgeStudio(studio: Pick<Studio, 'handlers' | 'onEvent'>): () => void {
  ipcMain.on(CLIENT_ID_CHANNEL, (event) => {
    event.returnValue = isTrustedSender(event) ? clientIdOf(event) : '';
  });

  ipcMain.handle(CALL_CHANNEL, async (event, method: unknown, args: unknown): Promise<Reply> => {
    if (!isTrustedSender(event)) {
      return failure(new StudioError('FORBIDDEN', 'This frame may not call the studio.'));
    }
    try {
      const value = await dispatch(studio.handlers, String(method), args, {
        origin: clientIdOf(event),
      });
      return { ok: true, value };
    } catch (error) {
      return failure(error);
    }
  });

  return studio.onEvent((name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, name, payload);
    }
  });
}

function failure(error: unknown): Reply {
  // Only code, message and details cross: stacks never leave the main process.
  return { ok: false, error: StudioError.from(error).toJSON() };
}
