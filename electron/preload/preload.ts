/**
 * The only thing the renderer sees of Electron: `window.studio`, shaped like `StudioBridge`
 * in renderer/src/api.ts. Names are checked against the contract here, and main checks the
 * sender again, so a compromised page can reach nothing outside the contract.
 *
 * Runs sandboxed: it may only require 'electron', so it is bundled into one CJS file
 * (packaging/build-electron.mjs), contract and zod included.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  CALL_CHANNEL,
  CLIENT_ID_CHANNEL,
  EVENT_CHANNEL,
  MENU_CHANNEL,
  OPEN_COURSE_CHANNEL,
  SAVE_EXPORT_CHANNEL,
  SHOW_IN_FOLDER_CHANNEL,
  SAVE_COURSE_CHANNEL,
  isMenuCommand,
} from '../shared/channels';
import type { StudioBridge } from '../shared/bridge';
import { eventNames, methodNames, type Reply } from '../shared/contract';
import { StudioError } from '../shared/errors';

type Listener = (payload: unknown) => void;
type MenuListener = (command: string) => void;

/** The Electron bridge has every optional member of StudioBridge. */
type PreloadBridge = Required<StudioBridge>;

const knownMethods = new Set<string>(methodNames);
const knownEvents = new Set<string>(eventNames);

// One IPC listener per channel fans out to the page's listeners, so the page never receives
// an IpcRendererEvent (which would hand it `sender`, i.e. ipcRenderer itself).
const eventListeners = new Map<string, Set<Listener>>();
ipcRenderer.on(EVENT_CHANNEL, (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
  if (typeof name !== 'string') return;
  for (const listener of eventListeners.get(name) ?? []) listener(payload);
});

const menuListeners = new Set<MenuListener>();
ipcRenderer.on(MENU_CHANNEL, (_event: IpcRendererEvent, command: unknown) => {
  if (!isMenuCommand(command)) return;
  for (const listener of menuListeners) listener(command);
});

const bridge: PreloadBridge = {
  clientId: String(ipcRenderer.sendSync(CLIENT_ID_CHANNEL) ?? ''),

  async call(method, args) {
    if (typeof method !== 'string' || !knownMethods.has(method)) {
      const error = new StudioError('UNKNOWN_METHOD', `Unknown method: ${String(method)}`);
      return { ok: false, error: error.toJSON() };
    }
    return (await ipcRenderer.invoke(CALL_CHANNEL, method, args)) as Reply;
  },

  on(event, listener) {
    if (typeof event !== 'string' || !knownEvents.has(event) || typeof listener !== 'function') {
      throw new Error(`Unknown studio event: ${String(event)}`);
    }
    let listeners = eventListeners.get(event);
    if (!listeners) {
      listeners = new Set();
      eventListeners.set(event, listeners);
    }
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },

  onMenu(listener) {
    if (typeof listener !== 'function') throw new Error('onMenu needs a function');
    menuListeners.add(listener);
    return () => void menuListeners.delete(listener);
  },

  pathForFile(file) {
    // webUtils only answers for real File objects from this page; anything else throws.
    return webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]);
  },

  dialog: {
    async saveCourse(defaultPath) {
      return (await ipcRenderer.invoke(SAVE_COURSE_CHANNEL, String(defaultPath))) as string | null;
    },
    async openCourse() {
      return (await ipcRenderer.invoke(OPEN_COURSE_CHANNEL)) as string | null;
    },
    async saveExport(defaultPath, kind) {
      return (await ipcRenderer.invoke(
        SAVE_EXPORT_CHANNEL,
        String(defaultPath),
        kind === 'folder' ? 'folder' : 'file',
      )) as string | null;
    },
  },

  async showInFolder(path) {
    await ipcRenderer.invoke(SHOW_IN_FOLDER_CHANNEL, String(path));
  },
};

contextBridge.exposeInMainWorld('studio', bridge);
